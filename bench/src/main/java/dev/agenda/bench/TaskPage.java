package dev.agenda.bench;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;

/**
 * Makes a meeting page with exactly N new actions for the sync harness: one agenda macro (project {@value #PROJECT},
 * 2 November 2017, Tucson time) whose table has one row per {@value #TASKS_PER_ROW} tasks. Task {@code i} (1-based) has
 * task id {@code i}, is assigned to {@code ASSIGNEES[(i - 1) % 7]} alone (people both the user directory and the fake
 * Jira know), is due {@code 1 December 2017 + (i % 28)} days, and is complete unless {@code i} is a multiple of 3 — so
 * about two thirds of the actions need a transition to Done. Deterministic; stateless; thread-safe.
 */
public final class TaskPage {

    public static final String PROJECT = BenchJira.PROJECT;
    public static final int TASKS_PER_ROW = 10;
    public static final List<String> ASSIGNEES =
            List.of("womullane", "swinbank", "gpdf", "ebellm", "tjenness", "dpetravick", "ktl");

    private static final LocalTime FIRST_ROW = LocalTime.of(8, 0);
    private static final LocalDate FIRST_DUE = LocalDate.of(2017, 12, 1);

    private TaskPage() {}

    /** Whether task {@code i} is ticked on the page. */
    public static boolean complete(int taskId) {
        return taskId % 3 != 0;
    }

    /** The page in storage format with {@code tasks} tasks (at least 1). */
    public static String generate(int tasks) {
        if (tasks < 1) {
            throw new IllegalArgumentException("a task page has at least one task: " + tasks);
        }
        StringBuilder page = new StringBuilder(200 * tasks + 1000);
        page.append("<h1>Sync benchmark: ")
                .append(tasks)
                .append(" actions</h1>\n")
                .append("<ac:structured-macro ac:name=\"agenda\" ac:schema-version=\"1\">\n")
                .append("<ac:parameter ac:name=\"title\">Sync benchmark</ac:parameter>\n")
                .append("<ac:parameter ac:name=\"date\">2017-11-02</ac:parameter>\n")
                .append("<ac:parameter ac:name=\"timezone\">America/Phoenix</ac:parameter>\n")
                .append("<ac:parameter ac:name=\"project\">")
                .append(PROJECT)
                .append("</ac:parameter>\n")
                .append("<ac:rich-text-body>\n<table><tbody>\n")
                .append("<tr><th>Time</th><th>Topic</th><th>Chair</th><th>Notes</th></tr>\n");
        int rows = (tasks + TASKS_PER_ROW - 1) / TASKS_PER_ROW;
        for (int row = 0; row < rows; row++) {
            int first = row * TASKS_PER_ROW + 1;
            int last = Math.min(tasks, first + TASKS_PER_ROW - 1);
            page.append("<tr><td>")
                    .append(FIRST_ROW.plusMinutes(row))
                    .append("</td><td>Topic ")
                    .append(row + 1)
                    .append("</td><td>")
                    .append(user(ASSIGNEES.get(row % ASSIGNEES.size())))
                    .append("</td><td>\n<ac:task-list>\n");
            for (int task = first; task <= last; task++) {
                task(page, task);
            }
            page.append("</ac:task-list>\n</td></tr>\n");
        }
        return page.append("</tbody></table>\n</ac:rich-text-body>\n</ac:structured-macro>\n")
                .toString();
    }

    private static void task(StringBuilder page, int id) {
        page.append("<ac:task><ac:task-id>")
                .append(id)
                .append("</ac:task-id><ac:task-status>")
                .append(complete(id) ? "complete" : "incomplete")
                .append("</ac:task-status><ac:task-body>")
                .append(user(ASSIGNEES.get((id - 1) % ASSIGNEES.size())))
                .append(": Benchmark action ")
                .append(id)
                .append(" <time datetime=\"")
                .append(FIRST_DUE.plusDays(id % 28))
                .append("\" /></ac:task-body>")
                .append("</ac:task>\n");
    }

    private static String user(String username) {
        return "<ac:link><ri:user ri:username=\"" + username + "\" /></ac:link>";
    }
}
