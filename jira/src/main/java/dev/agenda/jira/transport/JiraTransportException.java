package dev.agenda.jira.transport;

import java.util.Objects;

/**
 * The request did not get an HTTP answer: Jira could not be reached, the connection broke, or time ran out. The
 * message names the cause and the Jira address, never credentials.
 */
public final class JiraTransportException extends Exception {

    /** What kind of failure, for the error a user sees. */
    public enum Kind {
        TIMEOUT,
        CONNECTION_REFUSED,
        UNKNOWN_HOST,
        IO,
        INTERRUPTED
    }

    private final Kind kind;

    public JiraTransportException(Kind kind, String message) {
        super(message);
        this.kind = kind;
    }

    public Kind kind() {
        return kind;
    }

    /** Never null: every constructor takes the message. */
    @Override
    public String getMessage() {
        return Objects.requireNonNull(super.getMessage());
    }
}
