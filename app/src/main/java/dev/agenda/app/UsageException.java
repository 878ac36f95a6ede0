package dev.agenda.app;

import java.util.Objects;

/**
 * Something the user gave the command line cannot be used: a missing or unreadable file, a page that is not
 * storage format, a bad option value. Its message is the one line printed on stderr; the exit code is 2.
 */
public final class UsageException extends Exception {

    public UsageException(String message) {
        super(message);
    }

    /** Never null: every constructor takes the message. */
    @Override
    public String getMessage() {
        return Objects.requireNonNull(super.getMessage());
    }
}
