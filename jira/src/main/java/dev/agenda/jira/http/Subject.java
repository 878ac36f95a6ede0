package dev.agenda.jira.http;

import dev.agenda.core.tracker.TrackerError;
import java.util.Objects;

/**
 * What a request is about, so that a 404 can say what was not found: Jira answers 404 alike for "does not exist" and
 * "you may not see it", and only the caller knows whether it asked for a project, an issue or something else.
 */
public record Subject(Kind kind, String name) {

    /** The addressed thing's kind. */
    public enum Kind {
        PROJECT,
        ISSUE,
        OTHER,
        NONE
    }

    public Subject {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(name, "name");
    }

    public static Subject project(String key) {
        return new Subject(Kind.PROJECT, key);
    }

    public static Subject issue(String key) {
        return new Subject(Kind.ISSUE, key);
    }

    /** Something else that may not exist, described in words ("transition 31 of DM-1", "user jdoe"). */
    public static Subject other(String description) {
        return new Subject(Kind.OTHER, description);
    }

    /** A request about nothing in particular (server info, search): a 404 means the API itself is missing. */
    public static Subject none() {
        return new Subject(Kind.NONE, "");
    }

    TrackerError notFound(String where) {
        return switch (kind) {
            case PROJECT -> TrackerError.projectNotFound(name);
            case ISSUE -> TrackerError.issueNotFound(name);
            case OTHER -> TrackerError.of(TrackerError.Kind.NOT_FOUND, "Jira has no " + name + ".");
            case NONE ->
                TrackerError.of(
                        TrackerError.Kind.BAD_RESPONSE,
                        where + " does not offer this REST resource; check the Jira address and version.");
        };
    }
}
