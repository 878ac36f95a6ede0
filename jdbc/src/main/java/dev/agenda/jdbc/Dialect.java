package dev.agenda.jdbc;

import java.sql.Connection;
import java.sql.Driver;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Locale;
import java.util.Optional;

/**
 * What differs between the two databases the module supports: the driver, the upsert, the race-safe insert of a lock
 * row, and how a lock wait is bounded and reported. Everything else is the SQL both accept.
 */
enum Dialect {
    H2("H2", "jdbc:h2:") {
        @Override
        Driver driver() {
            return new org.h2.Driver();
        }

        @Override
        String upsertRecord() {
            return "MERGE INTO agenda_sync_record (" + RECORD_COLUMNS + ") KEY (page_id, action_id) VALUES ("
                    + RECORD_PARAMETERS + ")";
        }

        @Override
        String insertLockIfAbsent() {
            // H2 has no ON CONFLICT outside its PostgreSQL mode; a concurrent insert of the same name is caught by
            // JdbcLock as a duplicate key, which H2 fails alone without aborting the transaction.
            return "MERGE INTO agenda_lock USING (VALUES CAST(? AS VARCHAR)) AS wanted (name)"
                    + " ON agenda_lock.name = wanted.name WHEN NOT MATCHED THEN INSERT (name) VALUES (wanted.name)";
        }

        @Override
        void boundLockWait(Connection connection, long millis) throws SQLException {
            try (Statement statement = connection.createStatement()) {
                statement.execute("SET LOCK_TIMEOUT " + millis);
            }
        }

        @Override
        boolean isLockTimeout(SQLException e) {
            // 50200: lock timeout; 40001: H2 gave up a wait it saw as a deadlock, which for the caller is the same.
            return e.getErrorCode() == 50200 || "HYT00".equals(e.getSQLState()) || "40001".equals(e.getSQLState());
        }

        @Override
        boolean isOpenInAnotherProcess(SQLException e) {
            // 90020 "Database may be already in use": H2's lock on the file, held by another process.
            return e.getErrorCode() == 90020;
        }
    },

    POSTGRESQL("PostgreSQL", "jdbc:postgresql:") {
        @Override
        Driver driver() {
            return new org.postgresql.Driver();
        }

        @Override
        String upsertRecord() {
            return "INSERT INTO agenda_sync_record (" + RECORD_COLUMNS + ") VALUES (" + RECORD_PARAMETERS + ")"
                    + " ON CONFLICT (page_id, action_id) DO UPDATE SET issue_key = EXCLUDED.issue_key,"
                    + " issue_id = EXCLUDED.issue_id, origin = EXCLUDED.origin, summary = EXCLUDED.summary,"
                    + " assignee_id = EXCLUDED.assignee_id, due = EXCLUDED.due,"
                    + " page_complete = EXCLUDED.page_complete, jira_done = EXCLUDED.jira_done,"
                    + " synced_at = EXCLUDED.synced_at, removal = EXCLUDED.removal";
        }

        @Override
        String insertLockIfAbsent() {
            return "INSERT INTO agenda_lock (name) VALUES (?) ON CONFLICT (name) DO NOTHING";
        }

        @Override
        void boundLockWait(Connection connection, long millis) throws SQLException {
            // set_config(…, true) is SET LOCAL: it ends with the lock's transaction.
            // A server-wide idle_in_transaction_session_timeout would end the session, and so release the lock,
            // while the work runs: the lock's transaction is idle on purpose.
            try (PreparedStatement statement = connection.prepareStatement("SELECT set_config('lock_timeout', ?, true),"
                    + " set_config('idle_in_transaction_session_timeout', '0', true)")) {
                statement.setString(1, Long.toString(millis));
                statement.execute();
            }
        }

        @Override
        boolean isLockTimeout(SQLException e) {
            // 55P03 lock_not_available; 40P01 deadlock_detected.
            return "55P03".equals(e.getSQLState()) || "40P01".equals(e.getSQLState());
        }
    };

    static final String RECORD_COLUMNS = "page_id, action_id, issue_key, issue_id, origin, summary, assignee_id, due,"
            + " page_complete, jira_done, synced_at, removal";
    private static final String RECORD_PARAMETERS = "?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?";

    private final String displayName;
    private final String urlPrefix;

    Dialect(String displayName, String urlPrefix) {
        this.displayName = displayName;
        this.urlPrefix = urlPrefix;
    }

    static Optional<Dialect> of(String url) {
        String lower = url.toLowerCase(Locale.ROOT);
        for (Dialect dialect : values()) {
            if (lower.startsWith(dialect.urlPrefix)) {
                return Optional.of(dialect);
            }
        }
        return Optional.empty();
    }

    String displayName() {
        return displayName;
    }

    static boolean isDuplicateKey(SQLException e) {
        return "23505".equals(e.getSQLState());
    }

    abstract Driver driver();

    /** Inserts or replaces one record; parameters in the order of {@link #RECORD_COLUMNS}. */
    abstract String upsertRecord();

    /** Inserts the lock row named by the one parameter unless it is there. */
    abstract String insertLockIfAbsent();

    /** Makes lock waits of this connection's current transaction give up after {@code millis} (at least 1). */
    abstract void boundLockWait(Connection connection, long millis) throws SQLException;

    abstract boolean isLockTimeout(SQLException e);

    /** Whether {@code e} refuses an embedded database because another process has it open. */
    boolean isOpenInAnotherProcess(SQLException e) {
        return false;
    }
}
