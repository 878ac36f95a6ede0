package dev.agenda.core.storage;

import java.util.Objects;

/**
 * The source could not be read as Confluence storage format (malformed XML, or beyond a safety limit).
 * The message names the problem; {@link #position()} says where, so a caller can report file, line and column.
 */
public final class StorageFormatException extends Exception {

    private final SourcePosition position;
    private final String problem;

    public StorageFormatException(String problem, SourcePosition position) {
        super(position.isKnown() ? position + ": " + problem : problem);
        this.problem = problem;
        this.position = position;
    }

    /** What is wrong, without the position. */
    public String problem() {
        return problem;
    }

    public SourcePosition position() {
        return position;
    }

    /** Never null: every constructor takes the message. */
    @Override
    public String getMessage() {
        return Objects.requireNonNull(super.getMessage());
    }
}
