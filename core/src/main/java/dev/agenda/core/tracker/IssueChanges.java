package dev.agenda.core.tracker;

import java.time.LocalDate;
import java.util.Objects;

/** The fields of an existing issue to change; fields left as {@link Change#keep()} are not sent. */
public record IssueChanges(
        Change<String> summary,
        Change<Description> description,
        Change<TrackerUser> assignee,
        Change<LocalDate> dueDate) {

    public IssueChanges {
        Objects.requireNonNull(summary, "summary");
        Objects.requireNonNull(description, "description");
        Objects.requireNonNull(assignee, "assignee");
        Objects.requireNonNull(dueDate, "dueDate");
    }

    public static IssueChanges none() {
        return new IssueChanges(Change.keep(), Change.keep(), Change.keep(), Change.keep());
    }

    public IssueChanges withSummary(String value) {
        return new IssueChanges(Change.set(value), description, assignee, dueDate);
    }

    public IssueChanges withDescription(Description value) {
        return new IssueChanges(summary, Change.set(value), assignee, dueDate);
    }

    public IssueChanges withAssignee(Change<TrackerUser> value) {
        return new IssueChanges(summary, description, value, dueDate);
    }

    public IssueChanges withDueDate(Change<LocalDate> value) {
        return new IssueChanges(summary, description, assignee, value);
    }

    public boolean isEmpty() {
        return summary.isKeep() && description.isKeep() && assignee.isKeep() && dueDate.isKeep();
    }
}
