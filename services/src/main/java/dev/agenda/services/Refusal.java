package dev.agenda.services;

import java.net.URI;
import java.util.Objects;
import java.util.Optional;

/**
 * Why work on a page was not done: a {@link Reason}, which a host maps to its own terms (an HTTP status), and a
 * message for the user — a finished sentence that says what is wrong and, where there is one, what to do.
 *
 * @param authorise where the viewer can give Confluence their consent in Jira, for {@link Reason#NEEDS_AUTHORISATION}
 */
public record Refusal(Reason reason, String message, Optional<URI> authorise) {

    /** Why, in kinds a host tells apart. */
    public enum Reason {
        /** The request is malformed: a page id that is not a number, a key that is not an issue key. */
        BAD_REQUEST,
        /** The page (or the task on it) does not exist, or the viewer may not see it — the same answer either way. */
        NOT_FOUND,
        /** The viewer may see the page but not change it. */
        FORBIDDEN,
        /** The page is not readable storage format; the message says where. */
        UNREADABLE,
        /** The page could not record a change (a tick); nothing was changed. */
        NOT_RECORDED,
        /** The viewer must first authorise Confluence in Jira. */
        NEEDS_AUTHORISATION,
        /** The page's sync state could not be read or written; nothing of it was changed. */
        STATE_UNAVAILABLE
    }

    public Refusal {
        Objects.requireNonNull(reason, "reason");
        Objects.requireNonNull(message, "message");
        Objects.requireNonNull(authorise, "authorise");
    }

    public static Refusal of(Reason reason, String message) {
        return new Refusal(reason, message, Optional.empty());
    }

    /** The viewer must first authorise Confluence in Jira, at {@code uri}. */
    public static Refusal needsAuthorisation(URI uri, String message) {
        return new Refusal(Reason.NEEDS_AUTHORISATION, message, Optional.of(uri));
    }
}
