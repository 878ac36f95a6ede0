package dev.agenda.core.storage;

/**
 * Where something stands in the storage-format source, 1-based, so that a message can point an author at it.
 * {@link #UNKNOWN} is used for nodes that were not read from a source (built in code).
 */
public record SourcePosition(int line, int column) {

    public static final SourcePosition UNKNOWN = new SourcePosition(0, 0);

    public boolean isKnown() {
        return line > 0;
    }

    @Override
    public String toString() {
        return isKnown() ? "line " + line + ", column " + column : "unknown position";
    }
}
