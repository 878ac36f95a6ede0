package dev.agenda.jdbc;

import java.nio.file.Path;
import java.util.Objects;

/**
 * The embedded database of {@link JdbcDatabase#h2File} is open in another process, and an embedded database can be
 * open in one process at a time: nothing was read or written. The message names the directory and, when it can be
 * told, the process holding it and what it is ("process 4242 (agenda serve)"), and ends saying to stop that process
 * or to use another directory, so a caller may follow it with the option that chooses one.
 */
public final class DatabaseInUseException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final transient Path directory;

    DatabaseInUseException(Path directory, String holder) {
        super("the agenda database in " + directory + " is in use by " + holder + ", and it can be open in one"
                + " process at a time: stop that process, or use another directory");
        this.directory = directory;
    }

    /** The directory of the database, absolute. */
    public Path directory() {
        return directory;
    }

    /** Never null: every constructor makes the message. */
    @Override
    public String getMessage() {
        return Objects.requireNonNull(super.getMessage());
    }
}
