package dev.agenda.core.actions;

import static dev.agenda.core.Fixtures.agenda;
import static dev.agenda.core.Fixtures.page;
import static dev.agenda.core.Fixtures.parameter;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import dev.agenda.core.issues.IssueKey;
import dev.agenda.core.users.InMemoryUserDirectory;
import dev.agenda.core.users.User;
import dev.agenda.core.users.UserDirectory;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.Test;

public class ActionExtractorTest {

    private static final UserDirectory USERS = new InMemoryUserDirectory(List.of(
            new User(
                    "ktl",
                    Optional.of("key-ktl"),
                    Optional.of("acc-ktl"),
                    Optional.of("Kian-Tat Lim"),
                    Optional.empty(),
                    Optional.empty()),
            User.named("gpdf", "Gregory Dubois-Felsmann"),
            User.named("swinbank", "John Swinbank")));

    private static ActionItem only(String storage) {
        List<ActionItem> actions = page("p1", storage, USERS).actions();
        assertEquals(1, actions.size());
        return actions.get(0);
    }

    private static ActionItem task(String body) {
        return only("<ac:task-list>" + Fixtures2.task("1", "incomplete", body) + "</ac:task-list>");
    }

    @Test
    public void aDateInTheMiddleStaysAsWordsAndIsTheDueDate() {
        ActionItem action = task("Decide by <time datetime=\"2018-01-10\" /> whether to proceed");

        assertEquals("Decide by 10 Jan 2018 whether to proceed", action.text());
        assertEquals(Optional.of(LocalDate.of(2018, 1, 10)), action.due());
    }

    @Test
    public void issueKeysFromJiraMacrosAndFromPlainTextOfKnownProjects() {
        ActionItem action = only(agenda(
                parameter("project", "DM"),
                "<tr><td>9:00</td><td>T</td><td></td><td>"
                        + "<ac:task-list>"
                        + Fixtures2.task(
                                "7",
                                "complete",
                                "Follow DM-42 and LDM-230 "
                                        + "<ac:structured-macro ac:name=\"jira\"><ac:parameter ac:name=\"key\">"
                                        + "RFC-188</ac:parameter>"
                                        + "</ac:structured-macro>")
                        + "</ac:task-list></td></tr>"));

        assertEquals(
                List.of(
                        IssueKey.parse("DM-42").orElseThrow(),
                        IssueKey.parse("RFC-188").orElseThrow()),
                action.issueKeys());
        assertEquals("the trailing issue is a field", "Follow DM-42 and LDM-230", action.text());
        assertTrue(action.isComplete());
    }

    @Test
    public void topicAndDayComeFromTheAgendaRowAndNothingOutsideAnAgenda() {
        List<ActionItem> actions = page(
                        "p1",
                        agenda(
                                        parameter("date", "2017-11-03"),
                                        "<tr><td>9:00</td><td>Planning <strong>FY18</strong></td><td></td><td>"
                                                + "<ac:task-list>"
                                                + Fixtures2.task("1", "incomplete", "inside")
                                                + "</ac:task-list></td></tr>")
                                + "<ac:task-list>" + Fixtures2.task("2", "incomplete", "outside") + "</ac:task-list>",
                        USERS)
                .actions();

        assertEquals(Optional.of("Planning FY18"), actions.get(0).topic());
        assertEquals(Optional.of(LocalDate.of(2017, 11, 3)), actions.get(0).day());
        assertEquals(Optional.empty(), actions.get(1).topic());
        assertEquals(Optional.empty(), actions.get(1).day());
    }

    @Test
    public void nestedTasksAreActionsOfTheirOwnAndNotPartOfTheirParentsText() {
        List<ActionItem> actions = page(
                        "p1",
                        "<ac:task-list>"
                                + Fixtures2.task(
                                        "1",
                                        "incomplete",
                                        "parent" + "<ac:task-list>" + Fixtures2.task("2", "complete", "child")
                                                + "</ac:task-list>")
                                + "</ac:task-list>",
                        USERS)
                .actions();

        assertEquals(
                List.of("parent", "child"),
                actions.stream().map(ActionItem::text).toList());
        assertEquals(
                List.of("p1/1", "p1/2"), actions.stream().map(ActionItem::id).toList());
    }

    @Test
    public void idsArePageAndTaskIdAndStayWhenOtherContentChanges() {
        String tasks = "<ac:task-list>" + Fixtures2.task("4", "incomplete", "a") + "</ac:task-list>";
        ActionItem before = only(tasks);
        ActionItem after = only("<p>A new paragraph</p><table><tr><td>x</td></tr></table>" + tasks);

        assertEquals("p1/4", before.id());
        assertEquals(before.id(), after.id());
        assertEquals("4", after.taskId());
    }

    @Test
    public void aMissingOrRepeatedTaskIdStillGivesUniqueIdsWithAWarning() {
        List<ActionItem> actions = page(
                        "p1",
                        "<ac:task-list>" + Fixtures2.task("3", "incomplete", "a")
                                + Fixtures2.task("3", "incomplete", "b")
                                + "<ac:task><ac:task-status>incomplete</ac:task-status><ac:task-body>c</ac:task-body>"
                                + "</ac:task>"
                                + "</ac:task-list>",
                        USERS)
                .actions();

        assertEquals(
                List.of("p1/3", "p1/3~2", "p1/position-3"),
                actions.stream().map(ActionItem::id).toList());
        assertTrue(actions.get(0).warnings().isEmpty());
        assertTrue(actions.get(1).warnings().get(0).contains("same id (3)"));
        assertTrue(actions.get(2).warnings().get(0).contains("no id"));
    }

    @Test
    public void anUnknownStatusOrUnreadableDateIsWarned() {
        ActionItem action = only(
                "<ac:task-list>" + Fixtures2.task("1", "done", "x <time datetime=\"soon\" />") + "</ac:task-list>");

        assertEquals(TaskStatus.INCOMPLETE, action.status());
        assertEquals(Optional.empty(), action.due());
        assertEquals(2, action.warnings().size());
        assertTrue(action.warnings().get(0).contains("‘done’"));
        assertTrue(action.warnings().get(1).contains("‘soon’ is not a date"));
    }

    /** Keeps the task builder's name free for the local helper above. */
    private static final class Fixtures2 {
        static String task(String id, String status, String body) {
            return dev.agenda.core.Fixtures.task(id, status, body);
        }
    }
}
