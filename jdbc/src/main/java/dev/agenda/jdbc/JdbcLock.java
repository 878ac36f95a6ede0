package dev.agenda.jdbc;

import dev.agenda.core.sync.Lock;
import dev.agenda.core.sync.LockUnavailableException;
import dev.agenda.core.sync.SyncStateException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.Objects;
import java.util.Set;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;

/**
 * {@link Lock} as a row lock in the table {@code agenda_lock} of a {@link JdbcDatabase}: one row per lock name,
 * locked with {@code SELECT … FOR UPDATE} by a transaction that stays open while the work runs and ends after it. So it
 * excludes other threads, other processes and other nodes using the same database (an embedded H2 file is open in one
 * process at a time, which excludes the others whole), and a holder that dies (process killed, node lost) releases the
 * lock with its connection. The row is inserted the first time a name is used.
 *
 * <p>The work runs on the caller's thread; the lock's connection holds nothing but the lock, so what the work saves
 * goes through connections of its own and is committed whether or not the work then fails. Reentrant for the thread
 * that holds a lock. Waits are bounded by the database's lock timeout, counted against the injected clock, and end
 * in {@link LockUnavailableException}; a database that cannot be used ends in {@link SyncStateException}.
 */
public final class JdbcLock implements Lock {

    private static final String SELECT_FOR_UPDATE = "SELECT name FROM agenda_lock WHERE name = ? FOR UPDATE";
    // Both databases take lock timeouts as an int of milliseconds.
    private static final long LONGEST_WAIT_MILLIS = Integer.MAX_VALUE;

    private final JdbcDatabase database;
    private final Clock clock;
    private final ThreadLocal<Set<String>> heldByThisThread = ThreadLocal.withInitial(HashSet::new);

    /** @param clock what waits for the lock are counted on: the caller's, so that no wait runs on another time */
    public JdbcLock(JdbcDatabase database, Clock clock) {
        this.database = Objects.requireNonNull(database, "database");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    @Override
    public <T> T withLock(String name, Duration wait, Supplier<T> work) {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(work, "work");
        Set<String> held = heldByThisThread.get();
        if (held.contains(name)) {
            // A second connection would wait for the first, that is for this thread: a certain timeout.
            return work.get();
        }
        Connection connection = acquire(name, wait);
        held.add(name);
        boolean workDone = false;
        try {
            T result = work.get();
            workDone = true;
            return result;
        } finally {
            held.remove(name);
            release(connection, name, workDone);
        }
    }

    private Connection acquire(String name, Duration wait) {
        long waitMillis = Math.min(Math.max(wait.toMillis(), 0), LONGEST_WAIT_MILLIS);
        Instant deadline = clock.instant().plusMillis(waitMillis);
        @Nullable Connection connection = null;
        try {
            connection = database.connect();
            lockRow(connection, name, deadline);
            return connection;
        } catch (SQLException e) {
            closeQuietly(connection, e);
            if (database.dialect().isLockTimeout(e)) {
                throw new LockUnavailableException("the lock " + name + " is held: another sync of this page is"
                        + " running (waited " + waitMillis + " ms); try again when it has finished");
            }
            throw database.failure("cannot take the lock " + name, e);
        } catch (RuntimeException e) {
            closeQuietly(connection, e);
            throw e;
        }
    }

    private void lockRow(Connection connection, String name, Instant deadline) throws SQLException {
        Dialect dialect = database.dialect();
        connection.setAutoCommit(false);
        dialect.boundLockWait(connection, remainingMillis(deadline));
        if (!selectForUpdate(connection, name)) {
            insertIfAbsent(connection, name);
            // The insert may have waited for another process inserting the same name.
            dialect.boundLockWait(connection, remainingMillis(deadline));
            if (!selectForUpdate(connection, name)) {
                throw new SQLException("the row of the lock is missing right after its insert");
            }
        }
    }

    private long remainingMillis(Instant deadline) {
        // Never 0: PostgreSQL reads a lock_timeout of 0 as "wait for ever".
        return Math.max(1, Math.min(Duration.between(clock.instant(), deadline).toMillis(), LONGEST_WAIT_MILLIS));
    }

    private static boolean selectForUpdate(Connection connection, String name) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement(SELECT_FOR_UPDATE)) {
            select.setString(1, name);
            try (ResultSet rows = select.executeQuery()) {
                return rows.next();
            }
        }
    }

    private void insertIfAbsent(Connection connection, String name) throws SQLException {
        try (PreparedStatement insert =
                connection.prepareStatement(database.dialect().insertLockIfAbsent())) {
            insert.setString(1, name);
            insert.executeUpdate();
        } catch (SQLException e) {
            // Another process inserted the name first (H2 only: PostgreSQL's insert does nothing then). H2 fails the
            // statement alone, so the transaction goes on to lock the row that process inserted.
            if (!Dialect.isDuplicateKey(e)) {
                throw e;
            }
        }
    }

    private void release(Connection connection, String name, boolean workDone) {
        try (connection) {
            // Commit keeps a row inserted by this transaction; either way the row lock ends here.
            if (workDone) {
                connection.commit();
            } else {
                connection.rollback();
            }
        } catch (SQLException e) {
            // The work's own failure, if any, is the one to report: the closed connection released the lock anyway.
            if (workDone) {
                throw database.failure(
                        "the work under the lock " + name + " ran, but the lock may have been lost"
                                + " while it did (its connection failed)",
                        e);
            }
        }
    }

    private static void closeQuietly(@Nullable Connection connection, Exception failure) {
        if (connection == null) {
            return;
        }
        // Both databases roll back what a closed connection left open, which ends any row lock it got.
        try {
            connection.close();
        } catch (SQLException e) {
            failure.addSuppressed(e);
        }
    }
}
