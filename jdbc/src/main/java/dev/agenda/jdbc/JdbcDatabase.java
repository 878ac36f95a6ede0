package dev.agenda.jdbc;

import dev.agenda.core.sync.SyncStateException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Driver;
import java.sql.SQLException;
import java.util.Optional;
import java.util.Properties;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * The database that holds the sync's state and locks, known by its JDBC URL: H2 (the embedded file of
 * {@link #h2File}, or any H2 URL) or PostgreSQL (several nodes sharing one database). Opening connects at once, so that
 * a wrong URL or a database that is down fails at start with a message saying which database and why, and creates or
 * migrates the tables. Each operation then takes a connection of its own and gives it back when done.
 *
 * <p>A password, whether given apart or in the URL ({@code password=}), never appears in {@link #toString}, in a
 * message or in an exception. No database is served from here: H2's {@code AUTO_SERVER}, which would serve the file on
 * every network interface to whoever reads the key in its lock file, is refused. Failures are
 * {@link SyncStateException}s, and {@link DatabaseInUseException} for an embedded database another process has open.
 * Thread-safe. {@link #close} when done: for embedded H2 that closes the database file.
 */
public final class JdbcDatabase implements AutoCloseable {

    // H2 reads its settings case-insensitively, with spaces around '=' allowed.
    private static final Pattern AUTO_SERVER = Pattern.compile("(?i);\\s*AUTO_SERVER\\s*=\\s*TRUE");

    private final String url;
    private final @Nullable String user;
    private final @Nullable String password;
    private final Dialect dialect;
    private final Driver driver;
    private final Secrets secrets;
    private final String shownUrl;
    private final Optional<EmbeddedFile> embedded;
    private @Nullable Connection keeper;
    private boolean closed;

    private JdbcDatabase(
            String url,
            @Nullable String user,
            @Nullable String password,
            Dialect dialect,
            Secrets secrets,
            Optional<EmbeddedFile> embedded) {
        this.url = url;
        this.user = user;
        this.password = password;
        this.dialect = dialect;
        this.driver = dialect.driver();
        this.secrets = secrets;
        this.shownUrl = secrets.redactUrl(url);
        this.embedded = embedded;
    }

    /** Opens the database at {@code url}, with the credentials the URL carries, if any. */
    public static JdbcDatabase open(String url) {
        return open(url, null, null);
    }

    /**
     * Opens the database at {@code url} as {@code user} (null: the URL's, or the driver's default) with
     * {@code password} (null: none, or the URL's).
     *
     * @throws SyncStateException when the URL is not H2 or PostgreSQL, asks H2 to serve the database
     *                             ({@code AUTO_SERVER=TRUE}), the database cannot be reached, or its tables cannot be
     *                             created
     */
    public static JdbcDatabase open(String url, @Nullable String user, @Nullable String password) {
        if (url == null || url.isBlank()) {
            throw new SyncStateException("no agenda database URL given; expected jdbc:h2:… or jdbc:postgresql:…");
        }
        Secrets secrets = Secrets.of(url, password);
        Dialect dialect = Dialect.of(url)
                .orElseThrow(() -> new SyncStateException("cannot open the agenda database at " + secrets.redactUrl(url)
                        + ": not an H2 (jdbc:h2:…) or PostgreSQL (jdbc:postgresql:…) URL"));
        if (dialect == Dialect.H2 && AUTO_SERVER.matcher(url).find()) {
            throw new SyncStateException("cannot open the agenda database at " + secrets.redactUrl(url)
                    + ": AUTO_SERVER=TRUE would serve it on every network interface to anyone who reads its lock"
                    + " file; leave it out (one process at a time), or share a PostgreSQL database");
        }
        JdbcDatabase database = new JdbcDatabase(url, user, password, dialect, secrets, Optional.empty());
        database.start();
        return database;
    }

    /**
     * Opens, creating it if need be, the embedded H2 database {@code agenda} in {@code directory}: the default for
     * the CLI and the preview host. The directory is made, or tightened, to be its owner's alone (0700), and the
     * database's files 0600 ({@link PrivateDirectory}). The database is open in this process only, and served to no
     * other: while it is open here, another process is refused, and told which process this is.
     *
     * @param use what this process is, named to another process that is refused ("agenda serve")
     * @throws DatabaseInUseException when another process has the database open
     * @throws SyncStateException     when the directory cannot be made private, or the database cannot be opened
     */
    public static JdbcDatabase h2File(Path directory, String use) {
        EmbeddedFile file = new EmbeddedFile(directory.toAbsolutePath().normalize(), use);
        PrivateDirectory.prepare(directory);
        String url = file.url();
        JdbcDatabase database = new JdbcDatabase(url, null, null, Dialect.H2, Secrets.of(url, null), Optional.of(file));
        database.start();
        return database;
    }

    private void start() {
        Connection connection;
        try {
            connection = newConnection();
        } catch (SQLException e) {
            if (embedded.isPresent() && dialect.isOpenInAnotherProcess(e)) {
                throw embedded.get().inUse();
            }
            throw failure("cannot open the agenda database", e);
        }
        try {
            embedded.ifPresent(EmbeddedFile::opened);
            Schema.migrate(connection);
        } catch (SQLException e) {
            closeQuietly(connection, e);
            throw failure("cannot open the agenda database", e);
        } catch (RuntimeException e) {
            closeQuietly(connection, e);
            throw e;
        }
        if (dialect == Dialect.H2) {
            // An H2 database closes with its last connection; keeping one spares each operation reopening the file,
            // and keeps a jdbc:h2:mem: database alive.
            synchronized (this) {
                keeper = connection;
            }
        } else {
            try {
                connection.close();
            } catch (SQLException e) {
                throw failure("cannot open the agenda database", e);
            }
        }
    }

    /** A new connection in auto-commit mode, for the caller to close. */
    Connection connect() throws SQLException {
        synchronized (this) {
            if (closed) {
                throw new SQLException("closed by the application");
            }
        }
        return newConnection();
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
