package dev.agenda.jdbc;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;
import static org.junit.Assert.fail;

import dev.agenda.core.sync.SyncStateException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.function.Supplier;
import org.junit.Rule;
import org.junit.Test;
import org.junit.rules.TemporaryFolder;

/** Opening a database: which ones, the schema, and failures that say where and why without giving a password. */
public class JdbcDatabaseTest {

    private static final String SECRET = "s3cret-Pw";
    private static final String USE = "JdbcDatabaseTest";

    @Rule
    public final TemporaryFolder folder = new TemporaryFolder();

    @Test
    public void anUnreachablePostgresNamesTheDatabaseAndWhyWithoutThePassword() {
        SyncStateException e = failure(() -> JdbcDatabase.open(
                "jdbc:postgresql://127.0.0.1:1/agenda_test?user=agenda&password=" + SECRET + "&connectTimeout=5"));

        assertTrue(
                e.getMessage(),
                e.getMessage()
                        .startsWith("cannot open the agenda database at jdbc:postgresql://127.0.0.1:1/agenda_test"
                                + "?user=agenda&password=****&connectTimeout=5: "));
        assertTrue(e.getMessage(), e.getMessage().toLowerCase(Locale.ROOT).contains("refused"));
        assertNoSecret(e);
    }

    @Test
    public void aPasswordGivenApartAppearsNowhereEither() {
        SyncStateException e =
                failure(() -> JdbcDatabase.open("jdbc:postgresql://127.0.0.1:1/agenda_test", "agenda", SECRET));

        assertTrue(
                e.getMessage(),
                e.getMessage()
                        .startsWith("cannot open the agenda database at jdbc:postgresql://127.0.0.1:1/agenda_test: "));
        assertNoSecret(e);
    }

    @Test
    public void aWrongPasswordIsReportedWithoutIt() {
        String url = TestPostgres.url().replaceAll("password=[^&]*", "password=" + SECRET);

        SyncStateException e = failure(() -> JdbcDatabase.open(url));

        assertTrue(e.getMessage(), e.getMessage().contains("password=****"));
        assertTrue(e.getMessage(), e.getMessage().contains("authentication failed"));
        assertNoSecret(e);
    }

    @Test
    public void anUnreachableH2ServerNamesTheDatabaseAndWhy() {
        SyncStateException e =
                failure(() -> JdbcDatabase.open("jdbc:h2:tcp://127.0.0.1:1/agenda;USER=sa;PASSWORD=" + SECRET));

        assertTrue(
                e.getMessage(),
                e.getMessage()
                        .startsWith("cannot open the agenda database at jdbc:h2:tcp://127.0.0.1:1/agenda;USER=sa;"
                                + "PASSWORD=****: "));
        assertTrue(e.getMessage(), e.getMessage().contains("Connection refused"));
        assertNoSecret(e);
    }

    @Test
    public void anotherKindOfDatabaseIsRefusedByName() {
        SyncStateException e = failure(() -> JdbcDatabase.open("jdbc:mysql://db/agenda?password=" + SECRET));

        assertEquals(
                "cannot open the agenda database at jdbc:mysql://db/agenda?password=****: not an H2"
                        + " (jdbc:h2:…) or PostgreSQL (jdbc:postgresql:…) URL",
                e.getMessage());
    }

    @Test
    public void anH2UrlAskingToServeTheDatabaseToOthersIsRefused() {
        for (String setting : List.of(";AUTO_SERVER=TRUE", ";auto_server = true")) {
            String url =
                    "jdbc:h2:file:" + folder.getRoot().toPath().resolve("agenda") + setting + ";PASSWORD=" + SECRET;

            SyncStateException e = failure(() -> JdbcDatabase.open(url));

            assertTrue(e.getMessage(), e.getMessage().contains("would serve it on every network interface"));
            assertNoSecret(e);
        }
    }

    @Test
    public void toStringNamesTheDatabaseWithoutThePassword() {
        String url = "jdbc:h2:mem:" + UUID.randomUUID();
        try (JdbcDatabase database = JdbcDatabase.open(url, "agenda", SECRET)) {
            assertEquals("H2 agenda database " + url, database.toString());
        }
        try (JdbcDatabase database = JdbcDatabase.open(url + ";USER=agenda;PASSWORD=" + SECRET)) {
            assertEquals("H2 agenda database " + url + ";USER=agenda;PASSWORD=****", database.toString());
        }
    }

    @Test
    public void createsTheTablesOnceAndRecordsTheSchemaVersion() throws SQLException {
        JdbcDatabase.h2File(folder.getRoot().toPath(), USE).close();
        JdbcDatabase.h2File(folder.getRoot().toPath(), USE).close();

        try (Connection connection = rawH2();
                Statement statement = connection.createStatement()) {
            try (ResultSet rows =
                    statement.executeQuery("SELECT version FROM agenda_schema_version ORDER BY version")) {
                for (int version = 1; version <= Schema.VERSION; version++) {
                    assertTrue(rows.next());
                    assertEquals(version, rows.getInt(1));
                }
                assertFalse(rows.next());
            }
            statement.executeQuery("SELECT COUNT(*) FROM agenda_sync_record").close();
            statement.executeQuery("SELECT COUNT(*) FROM agenda_lock").close();
        }
    }

    @Test
    public void aDatabaseOfANewerAgendaIsRefused() throws SQLException {
        JdbcDatabase.h2File(folder.getRoot().toPath(), USE).close();
        try (Connection connection = rawH2();
                Statement statement = connection.createStatement()) {
            statement.execute("INSERT INTO agenda_schema_version (version) VALUES (" + (Schema.VERSION + 1) + ")");
        }

        SyncStateException e =
                failure(() -> JdbcDatabase.h2File(folder.getRoot().toPath(), USE));

        assertTrue(e.getMessage(), e.getMessage().contains("newer than this agenda's"));
    }

    @Test
    public void aClosedDatabaseSaysSo() {
        JdbcDatabase database = JdbcDatabase.h2File(folder.getRoot().toPath(), USE);
        database.close();

        SyncStateException e = failure(() -> new JdbcSyncStateStore(database).records("page-1"));

        assertTrue(e.getMessage(), e.getMessage().startsWith("cannot read the sync records of page page-1 at jdbc:h2"));
        assertTrue(e.getMessage(), e.getMessage().endsWith("closed by the application"));
    }

    @Test
    public void aDatabaseOfTheFirstSchemaKeepsItsRecordsAndGainsTheChoiceForRemovedTasks() throws SQLException {
        try (Connection connection = rawH2();
                Statement statement = connection.createStatement()) {
            statement.execute("CREATE TABLE agenda_schema_version (version INTEGER NOT NULL PRIMARY KEY,"
                    + " applied_at TIMESTAMP WITH TIME ZONE DEFAULT CURRENT_TIMESTAMP NOT NULL)");
            statement.execute("INSERT INTO agenda_schema_version (version) VALUES (1)");
            statement.execute("CREATE TABLE agenda_sync_record (page_id VARCHAR NOT NULL, action_id VARCHAR NOT NULL,"
                    + " issue_key VARCHAR NOT NULL, issue_id VARCHAR NOT NULL, origin VARCHAR(16) NOT NULL,"
                    + " summary VARCHAR NOT NULL, assignee_id VARCHAR, due DATE, page_complete BOOLEAN NOT NULL,"
                    + " jira_done BOOLEAN NOT NULL, synced_at TIMESTAMP WITH TIME ZONE NOT NULL,"
                    + " PRIMARY KEY (page_id, action_id))");
            statement.execute("CREATE TABLE agenda_lock (name VARCHAR NOT NULL PRIMARY KEY)");
            statement.execute("INSERT INTO agenda_sync_record VALUES ('65538', '65538/3', 'DM-3', '103', 'CREATED',"
                    + " 'Propose LDM-542', NULL, NULL, FALSE, FALSE, TIMESTAMP WITH TIME ZONE '2017-12-04 17:00:00Z')");
        }

        try (JdbcDatabase database = JdbcDatabase.h2File(folder.getRoot().toPath(), USE)) {
            JdbcSyncStateStore store = new JdbcSyncStateStore(database);
            dev.agenda.core.sync.SyncRecord kept = store.records("65538").get("65538/3");

            assertEquals("DM-3", kept.issueKey());
            assertEquals(java.util.Optional.empty(), kept.removal());
            store.save("65538", kept.removed(dev.agenda.core.sync.SyncRecord.Removal.LEFT, false, kept.syncedAt()));
            assertEquals(
                    java.util.Optional.of(dev.agenda.core.sync.SyncRecord.Removal.LEFT),
                    store.records("65538").get("65538/3").removal());
        }
    }

    private Connection rawH2() throws SQLException {
        return DriverManager.getConnection(
                "jdbc:h2:file:" + folder.getRoot().toPath().resolve("agenda"));
    }

    private static SyncStateException failure(Supplier<?> opening) {
        try {
            Object opened = opening.get();
            if (opened instanceof JdbcDatabase database) {
                database.close();
            }
        } catch (SyncStateException e) {
            return e;
        }
        fail("expected SyncStateException");
        throw new AssertionError();
    }

    private static void assertNoSecret(Throwable e) {
        StringWriter trace = new StringWriter();
        e.printStackTrace(new PrintWriter(trace));
        assertFalse(trace.toString(), trace.toString().contains(SECRET));
    }
}
