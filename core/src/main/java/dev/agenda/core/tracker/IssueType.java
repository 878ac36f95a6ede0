package dev.agenda.core.tracker;

import java.util.Objects;

/** An issue type a project offers for creating issues. */
public record IssueType(String id, String name, boolean subtask) {

    public IssueType {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
    }
}
