package dev.agenda.jdbc;

import dev.agenda.core.sync.SyncStateException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Driver;
import java.sql.SQLException;
import java.util.Locale;
import java.util.Properties;
import org.jspecify.annotations.Nullable;

/**
 * The database that holds the sync's state and locks, known by its JDBC URL: H2 (the embedded file of
 * {@link #h2File}, or any H2 URL) or PostgreSQL (several nodes sharing one database). Opening connects at once, so that
 * a wrong URL or a database that is down fails at start with a message saying which database and why, and creates or
 * migrates the tables. Each operation then takes a connection of its own and gives it back when done.
 *
 * <p>A password, whether given apart or in the URL ({@code password=}), never appears in {@link #toString}, in a
 * message or in an exception. Failures are {@link SyncStateException}s. Thread-safe. {@link #close} when done: for
 * embedded H2 that closes the database file, unless another process still uses it.
 */
public final class JdbcDatabase implements AutoCloseable {

    // H2's AUTO_SERVER hand-over takes one more attempt, rarely two; see Dialect#isServerHandover.
    static final int HANDOVER_ATTEMPTS = 5;

    private final String url;
    private final @Nullable String user;
    private final @Nullable String password;
    private final Dialect dialect;
    private final Driver driver;
    private final Secrets secrets;
    private final String shownUrl;
    private final boolean autoServer;
    private @Nullable Connection keeper;
    private boolean closed;

    private JdbcDatabase(
            String url, @Nullable String user, @Nullable String password, Dialect dialect, Secrets secrets) {
        this.url = url;
        this.user = user;
        this.password = password;
        this.dialect = dialect;
        this.driver = dialect.driver();
        this.secrets = secrets;
        this.shownUrl = secrets.redactUrl(url);
        this.autoServer = dialect == Dialect.H2 && url.toUpperCase(Locale.ROOT).contains(";AUTO_SERVER=TRUE");
    }

    /** Opens the database at {@code url}, with the credentials the URL carries, if any. */
    public static JdbcDatabase open(String url) {
        return open(url, null, null);
    }

    /**
     * Opens the database at {@code url} as {@code user} (null: the URL's, or the driver's default) with
     * {@code password} (null: none, or the URL's).
     *
     * @throws SyncStateException when the URL is not H2 or PostgreSQL, the database cannot be reached, or its tables
     *                             cannot be created
     */
    public static JdbcDatabase open(String url, @Nullable String user, @Nullable String password) {
        if (url == null || url.isBlank()) {
            throw new SyncStateException("no agenda database URL given; expected jdbc:h2:… or jdbc:postgresql:…");
        }
        Secrets secrets = Secrets.of(url, password);
        Dialect dialect = Dialect.of(url)
                .orElseThrow(() -> new SyncStateException("cannot open the agenda database at " + secrets.redactUrl(url)
                        + ": not an H2 (jdbc:h2:…) or PostgreSQL (jdbc:postgresql:…) URL"));
        JdbcDatabase database = new JdbcDatabase(url, user, password, dialect, secrets);
        database.start();
        return database;
    }

    /**
     * Opens, creating it if need be, the embedded H2 database {@code agenda} in {@code directory}: the default for
     * the CLI and the preview host, which may run at the same time on one machine.
     */
    public static JdbcDatabase h2File(Path directory) {
        String file = directory.toAbsolutePath().normalize().resolve("agenda").toString();
        if (file.indexOf(';') >= 0) {
            // H2 would read what follows as settings.
            throw new IllegalArgumentException("the agenda database directory may not contain ';': " + directory);
        }
        // AUTO_SERVER=TRUE: an H2 file can be open in one process only. With this setting the first process to open
        // it also serves it on a TCP port written to its lock file, and the others connect there instead of failing
        // with "database may be already in use"; when that process ends, the next to connect opens the file itself.
        // WRITE_DELAY=0: H2 otherwise writes committed changes to the file up to half a second later, in the
        // background, so a killed process would lose saves that had returned; 0 writes them before commit returns.
        return open("jdbc:h2:file:" + file + ";AUTO_SERVER=TRUE;WRITE_DELAY=0");
    }

    private void start() {
        try {
            Connection connection = connectThroughHandover();
            try {
                Schema.migrate(connection);
            } catch (SQLException | RuntimeException e) {
                closeQuietly(connection, e);
                throw e;
            }
            if (dialect == Dialect.H2) {
                // An H2 database closes with its last connection; keeping one spares each operation reopening the
                // file (and, for AUTO_SERVER, restarting its server), and keeps a jdbc:h2:mem: database alive.
                synchronized (this) {
                    keeper = connection;
                }
            } else {
                connection.close();
            }
        } catch (SQLException e) {
            throw failure("cannot open the agenda database", e);
        }
    }

    /** A new connection in auto-commit mode, for the caller to close. */
    Connection connect() throws SQLException {
        synchronized (this) {
            if (closed) {
                throw new SQLException("closed by the application");
            }
        }
        return connectThroughHandover();
    }

    private Connection connectThroughHandover() throws SQLException {
        for (int attempt = 1; ; attempt++) {
            try {
                return newConnection();
            } catch (SQLException e) {
                if (attempt >= HANDOVER_ATTEMPTS || !isServerHandover(e)) {
                    throw e;
                }
            }
        }
    }

    private Connection newConnection() throws SQLException {
        Properties properties = new Properties();
        if (user != null) {
            properties.setProperty("user", user);
        }
        if (password != null) {
            properties.setProperty("password", password);
        }
        Connection connection = driver.connect(url, properties);
        if (connection == null) {
            throw new SQLException("the " + dialect.displayName() + " driver does not accept this URL");
        }
        return connection;
    }

    Dialect dialect() {
        return dialect;
    }

    /**
     * Whether {@code e} is the end of another process serving this H2 file through AUTO_SERVER, which a new
     * connection gets past; elsewhere a broken connection is simply a failure (and H2 has already retried it).
     */
    boolean isServerHandover(SQLException e) {
        return autoServer && dialect.isServerHandover(e);
    }

    /**
     * A failure of {@code doing} (e.g. "cannot save …"), naming this database: "{@code doing} at {@code url}: the
     * driver's reason", both without secrets.
     */
    SyncStateException failure(String doing, SQLException e) {
        return new SyncStateException(doing + " at " + shownUrl + ": " + secrets.describe(e), secrets.safeCause(e));
    }

    /** Closes the connection that keeps an H2 database open; the module's objects on this database stop working. */
    @Override
    public void close() {
        Connection kept;
        synchronized (this) {
            closed = true;
            kept = keeper;
            keeper = null;
        }
        if (kept != null) {
            try {
                kept.close();
            } catch (SQLException e) {
                throw failure("cannot close the agenda database", e);
            }
        }
    }

    private static void closeQuietly(Connection connection, Exception failure) {
        try {
            connection.close();
        } catch (SQLException e) {
            failure.addSuppressed(e);
        }
    }

    /** The dialect and the URL, without secrets. */
    @Override
    public String toString() {
        return dialect.displayName() + " agenda database " + shownUrl;
    }
}
