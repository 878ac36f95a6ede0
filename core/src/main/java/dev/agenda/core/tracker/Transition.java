package dev.agenda.core.tracker;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/** A workflow transition available on an issue, and the status it leads to. */
public record Transition(String id, String name, IssueStatus to) {

    public Transition {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(to, "to");
    }

    /**
     * The transition that leads into the given status category — chosen by category, never by name, since every
     * team names its statuses. When several do, the first Jira lists (its own order) is taken.
     */
    public static Optional<Transition> into(StatusCategory category, List<Transition> transitions) {
        return transitions.stream()
                .filter(transition -> transition.to().category() == category)
                .findFirst();
    }
}
