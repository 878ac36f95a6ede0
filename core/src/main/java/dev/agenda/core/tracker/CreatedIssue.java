package dev.agenda.core.tracker;

import java.util.Objects;

/** The identity of an issue just created. */
public record CreatedIssue(String id, String key) {

    public CreatedIssue {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(key, "key");
    }
}
