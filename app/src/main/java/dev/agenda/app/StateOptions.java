package dev.agenda.app;

import dev.agenda.core.sync.SyncStateException;
import dev.agenda.jdbc.JdbcDatabase;
import java.nio.file.Files;
import java.nio.file.Path;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Option;

/**
 * Where the sync keeps its state: an embedded H2 database in a directory (default {@value #DEFAULT_DIRECTORY}), or a
 * JDBC URL ({@code jdbc:postgresql://…}) so that several machines share one state.
 */
final class StateOptions {

    static final String DEFAULT_DIRECTORY = ".agenda";

    @Option(
            names = "--state",
            paramLabel = "DIR|JDBC-URL",
            description = "The sync state: a directory for the embedded database, or a jdbc:postgresql:// URL. "
                    + "Default: ./" + DEFAULT_DIRECTORY + ".")
    @Nullable
    String state;

    /** Whether there is state to read: given explicitly, or the default directory exists. */
    boolean present() {
        return state != null || Files.isDirectory(Path.of(DEFAULT_DIRECTORY));
    }

    JdbcDatabase open() throws UsageException {
        String where = state == null ? DEFAULT_DIRECTORY : state;
        try {
            return where.startsWith("jdbc:") ? JdbcDatabase.open(where) : JdbcDatabase.h2File(Path.of(where));
        } catch (SyncStateException e) {
            throw new UsageException(e.getMessage());
        }
    }
}
