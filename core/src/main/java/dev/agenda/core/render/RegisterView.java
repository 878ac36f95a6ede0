package dev.agenda.core.render;

import dev.agenda.core.register.RegisterEntry;
import dev.agenda.core.tracker.IssueStatus;
import dev.agenda.core.tracker.StatusCategory;
import dev.agenda.core.users.Person;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * What the {@code agenda-actions} macro shows, computed for {@code register.vm}, which only loops and prints: one row
 * per register entry (its meeting as a link, the meeting's date, topic, assignees, Jira key, status lozenge and due
 * date with "overdue" in words), or a sentence saying nothing matches and which filters were asked. Statuses the
 * server does not know yet say so ("Checking Jira…"); the page script fills them in from the register's REST list,
 * which {@code query} asks again. Immutable.
 */
public final class RegisterView {

    private final List<Row> rows;
    private final String empty;
    private final String query;
    private final String restBase;
    private final boolean live;

    private RegisterView(List<Row> rows, String empty, String query, String restBase, boolean live) {
        this.rows = List.copyOf(rows);
        this.empty = empty;
        this.query = query;
        this.restBase = restBase;
        this.live = live;
    }

    /**
     * The view of {@code entries}, in their order.
     *
     * @param filters    the filters asked, in words, for the sentence shown when nothing matches
     * @param browseBase where the Jira's issues open, if known
     * @param query      the REST query string that lists these entries again, for the page script
     * @param restBase   where the page script finds the REST resources; empty inside Confluence
     * @param live       whether the page script should fetch live statuses (a Jira is configured)
     */
    public static RegisterView of(
            List<RegisterEntry> entries,
            LocalDate today,
            List<String> filters,
            Optional<String> browseBase,
            String query,
            String restBase,
            boolean live) {
        List<Row> rows = entries.stream()
                .map(entry -> Row.of(entry, today, browseBase, live))
                .toList();
        String empty = filters.isEmpty()
                ? "No actions on these pages."
                : "No actions match: " + String.join(", ", filters) + ".";
        return new RegisterView(rows, empty, query, restBase, live);
    }

    public List<Row> rows() {
        return rows;
    }

    public boolean isEmpty() {
        return rows.isEmpty();
    }

    /** The sentence shown instead of the table when nothing matches, naming the filters. */
    public String emptySentence() {
        return empty;
    }

    public String query() {
        return query;
    }

    public String restBase() {
        return restBase;
    }

    public boolean hasRestBase() {
        return !restBase.isEmpty();
    }

    public boolean live() {
        return live;
    }

    /** One action of the register, as printed. */
    public record Row(
            String actionId,
            String meetingTitle,
            String meetingAddress,
            String meetingDate,
            String topic,
            String assignees,
            String text,
            String jiraKey,
            String jiraUrl,
            String statusLabel,
            String statusClass,
            String due,
            boolean overdue) {

        public Row {
            Objects.requireNonNull(actionId, "actionId");
            Objects.requireNonNull(meetingTitle, "meetingTitle");
            Objects.requireNonNull(meetingAddress, "meetingAddress");
            Objects.requireNonNull(meetingDate, "meetingDate");
            Objects.requireNonNull(topic, "topic");
            Objects.requireNonNull(assignees, "assignees");
            Objects.requireNonNull(text, "text");
            Objects.requireNonNull(jiraKey, "jiraKey");
            Objects.requireNonNull(jiraUrl, "jiraUrl");
            Objects.requireNonNull(statusLabel, "statusLabel");
            Objects.requireNonNull(statusClass, "statusClass");
            Objects.requireNonNull(due, "due");
        }

        static Row of(RegisterEntry entry, LocalDate today, Optional<String> browseBase, boolean live) {
            String key = entry.jiraKey().orElse("");
            String url = key.isEmpty()
                    ? ""
                    : browseBase
                            .map(base -> (base.endsWith("/") ? base : base + "/") + "browse/" + key)
                            .orElse("");
            String label;
            String css;
            if (entry.jiraStatus().isPresent()) {
                IssueStatus status = entry.jiraStatus().get();
                label = status.name();
                css = categoryClass(status.category());
            } else if (!key.isEmpty() && live) {
                label = "Checking Jira…";
                css = "agenda-status--pending";
            } else {
                label = entry.done() ? "Done" : "Open";
                css = entry.done() ? "agenda-status--done" : "agenda-status--todo";
            }
            boolean overdue = entry.overdueOn(today);
            String due = entry.action().due().map(LocalDate::toString).orElse("no due date");
            return new Row(
                    entry.action().id(),
                    entry.page().title(),
                    entry.page().address(),
                    entry.meetingDate().map(LocalDate::toString).orElse(""),
                    entry.action().topic().orElse(""),
                    entry.action().assignees().stream().map(Person::displayName).collect(Collectors.joining(", ")),
                    entry.action().text(),
                    key,
                    url,
                    label,
                    "aui-lozenge agenda-status " + css,
                    overdue ? due + " · overdue" : due,
                    overdue);
        }

        public boolean hasJiraKey() {
            return !jiraKey.isEmpty();
        }

        public boolean hasJiraUrl() {
            return !jiraUrl.isEmpty();
        }

        private static String categoryClass(StatusCategory category) {
            return switch (category) {
                case DONE -> "agenda-status--done";
                case IN_PROGRESS -> "agenda-status--inprogress";
                case TO_DO, UNDEFINED -> "agenda-status--todo";
            };
        }
    }
}
