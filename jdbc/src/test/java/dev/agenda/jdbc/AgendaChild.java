package dev.agenda.jdbc;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;

/**
 * The other process of the cross-process tests. {@code lock <database> <name>}: takes the lock, prints "locked", holds
 * it until stdin closes, then prints "released". {@code save <database> <page> <task>}: saves {@link Records#full},
 * prints "saved" and waits for stdin to close (or to be killed). {@code <database>} is {@code h2:<directory>} for
 * {@link JdbcDatabase#h2File}, else a JDBC URL.
 */
public final class AgendaChild {

    /** What the child says it is, to a process its database refuses. */
    static final String USE = "the jdbc tests' child";

    private AgendaChild() {}

    public static void main(String[] args) throws IOException {
        try (JdbcDatabase database = open(args[1])) {
            switch (args[0]) {
                case "lock" -> {
                    new JdbcLock(database, Clock.systemUTC()).withLock(args[2], Duration.ofSeconds(60), () -> {
                        say("locked");
                        drain(System.in);
                        return null;
                    });
                    say("released");
                }
                case "save" -> {
                    new JdbcSyncStateStore(database).save(args[2], Records.full(args[2], args[3]));
                    say("saved");
                    drain(System.in);
                }
                default -> throw new IllegalArgumentException("unknown command " + args[0]);
            }
        }
    }

    static JdbcDatabase open(String database) {
        return database.startsWith("h2:")
                ? JdbcDatabase.h2File(Path.of(database.substring(3)), USE)
                : JdbcDatabase.open(database);
    }

    private static void say(String line) {
        System.out.println(line);
        System.out.flush();
    }

    private static void drain(InputStream in) {
        try {
            while (in.read() >= 0) {
                // Only the end of the stream matters.
            }
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
