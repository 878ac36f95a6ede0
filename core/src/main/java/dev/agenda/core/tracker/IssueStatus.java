package dev.agenda.core.tracker;

import java.util.Objects;

/** A workflow status: its name as the team wrote it, and its category. */
public record IssueStatus(String name, StatusCategory category) {

    public IssueStatus {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(category, "category");
    }

    public boolean isDone() {
        return category == StatusCategory.DONE;
    }
}
