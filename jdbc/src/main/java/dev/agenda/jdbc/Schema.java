package dev.agenda.jdbc;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;

/**
 * The module's tables, as numbered migrations recorded in {@code agenda_schema_version}, so that a later version can
 * change the tables of a database an earlier one created. Each migration must be safe to run again: H2 commits DDL at
 * once, so a migration cut short is not rolled back there, and two processes may start on a new database together.
 */
final class Schema {

    /** Statements of migration n at index n - 1; append, never edit. */
    private static final List<List<String>> MIGRATIONS = List.of(
            List.of(
                    "CREATE TABLE IF NOT EXISTS agenda_sync_record ("
                            + " page_id VARCHAR NOT NULL,"
                            + " action_id VARCHAR NOT NULL,"
                            + " issue_key VARCHAR NOT NULL,"
                            + " issue_id VARCHAR NOT NULL,"
                            + " origin VARCHAR(16) NOT NULL,"
                            + " summary VARCHAR NOT NULL,"
                            + " assignee_id VARCHAR,"
                            + " due DATE,"
                            + " page_complete BOOLEAN NOT NULL,"
                            + " jira_done BOOLEAN NOT NULL,"
                            + " synced_at TIMESTAMP WITH TIME ZONE NOT NULL,"
                            + " PRIMARY KEY (page_id, action_id))",
                    "CREATE TABLE IF NOT EXISTS agenda_lock (name VARCHAR NOT NULL PRIMARY KEY)"),
            // 2: what the person chose for the issue of a task removed from the page (LEFT, CLOSED), or null.
            List.of("ALTER TABLE agenda_sync_record ADD COLUMN IF NOT EXISTS removal VARCHAR(16)"));

    static final int VERSION = MIGRATIONS.size();

    /** How often opening a database tries its migrations before it reports the failure. */
    private static final int MIGRATION_TRIES = 4;

    private Schema() {}

    /** Brings the database up to {@link #VERSION}; returns the version it found. */
    static int migrate(Connection connection) throws SQLException {
        // A failure is most likely another process migrating the same new database at the same moment (PostgreSQL can
        // even fail CREATE TABLE IF NOT EXISTS then; H2 commits at each DDL statement, so the other may be between
        // two migrations). Every migration is safe to run again, so a few more tries end with nothing left to do,
        // or a clear error.
        for (int tried = 1; ; tried++) {
            try {
                return migrateOnce(connection);
            } catch (SQLException e) {
                if (tried == MIGRATION_TRIES) {
                    throw e;
                }
            }
        }
    }

    private static int migrateOnce(Connection connection) throws SQLException {
        connection.setAutoCommit(false);
        try (Statement statement = connection.createStatement()) {
            statement.execute("CREATE TABLE IF NOT EXISTS agenda_schema_version (version INTEGER NOT NULL PRIMARY KEY,"
                    + " applied_at TIMESTAMP WITH TIME ZONE DEFAULT CURRENT_TIMESTAMP NOT NULL)");
            int found = current(statement);
            if (found > VERSION) {
                throw new SQLException("the database has schema version " + found + ", newer than this agenda's "
                        + VERSION + "; upgrade agenda");
            }
            for (int version = found + 1; version <= VERSION; version++) {
                for (String sql : MIGRATIONS.get(version - 1)) {
                    statement.execute(sql);
                }
                statement.execute("INSERT INTO agenda_schema_version (version) SELECT " + version
                        + " WHERE NOT EXISTS (SELECT 1 FROM agenda_schema_version WHERE version = " + version + ")");
            }
            connection.commit();
            return found;
        } catch (SQLException | RuntimeException e) {
            try {
                connection.rollback();
            } catch (SQLException rollback) {
                e.addSuppressed(rollback);
            }
            throw e;
        } finally {
            connection.setAutoCommit(true);
        }
    }

    private static int current(Statement statement) throws SQLException {
        try (ResultSet rows = statement.executeQuery("SELECT MAX(version) FROM agenda_schema_version")) {
            rows.next();
            return rows.getInt(1);
        }
    }
}
