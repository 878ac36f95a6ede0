package dev.agenda.core.tracker;

import java.util.Objects;

/** A tracker project. */
public record Project(String id, String key, String name) {

    public Project {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(name, "name");
    }
}
