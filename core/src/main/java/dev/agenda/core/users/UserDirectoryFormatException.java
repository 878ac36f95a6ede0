package dev.agenda.core.users;

import java.util.Objects;

/** A user-directory file could not be read; the message names the line and the problem. */
public final class UserDirectoryFormatException extends Exception {

    private final int line;

    public UserDirectoryFormatException(int line, String problem) {
        super(line > 0 ? "line " + line + ": " + problem : problem);
        this.line = line;
    }

    /** The 1-based line of the problem, or 0 when it concerns the whole file. */
    public int line() {
        return line;
    }

    /** Never null: every constructor takes the message. */
    @Override
    public String getMessage() {
        return Objects.requireNonNull(super.getMessage());
    }
}
