package dev.agenda.app;

import dev.agenda.core.sync.SyncStateException;
import dev.agenda.jdbc.DatabaseInUseException;
import dev.agenda.jdbc.JdbcDatabase;
import java.nio.file.Files;
import java.nio.file.Path;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Option;

/**
 * Where the sync keeps its state: an embedded H2 database in a directory (default {@value #DEFAULT_DIRECTORY}), its
 * owner's alone, or a JDBC URL ({@code jdbc:postgresql://…}) so that several machines share one state.
 */
final class StateOptions {

    static final String DEFAULT_DIRECTORY = ".agenda";

    @Option(
            names = "--state",
            paramLabel = "DIR|JDBC-URL",
            description = "The sync state: a directory for the embedded database (made private to you; one process "
                    + "at a time), or a jdbc:postgresql:// URL. Default: ./" + DEFAULT_DIRECTORY + ".")
    @Nullable
    String state;

    /** Whether there is state to read: given explicitly, or the default directory exists. */
    boolean present() {
        return state != null || Files.isDirectory(Path.of(DEFAULT_DIRECTORY));
    }

    /**
     * Opens the state. A directory's embedded database is open in one process at a time: while another process has
     * it, this is refused, naming that process.
     *
     * @param use what this command is ("agenda sync"), named to another process refused while it has the database
     */
    JdbcDatabase open(String use) throws UsageException {
        String where = state == null ? DEFAULT_DIRECTORY : state;
        try {
            return where.startsWith("jdbc:") ? JdbcDatabase.open(where) : JdbcDatabase.h2File(Path.of(where), use);
        } catch (DatabaseInUseException e) {
            throw new UsageException(e.getMessage() + " (--state DIR)");
        } catch (SyncStateException e) {
            throw new UsageException(e.getMessage());
        }
    }
}
