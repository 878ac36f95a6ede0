package dev.agenda.jdbc;

/** The store contract on the PostgreSQL database named by {@code AGENDA_TEST_POSTGRES_URL}; skipped without it. */
public class PostgresSyncStateStoreTest extends SyncStateStoreContract {

    @Override
    protected JdbcDatabase openDatabase() {
        return JdbcDatabase.open(TestPostgres.url());
    }
}
