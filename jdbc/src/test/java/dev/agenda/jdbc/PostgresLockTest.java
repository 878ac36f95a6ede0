package dev.agenda.jdbc;

/** The lock contract on the PostgreSQL database named by {@code AGENDA_TEST_POSTGRES_URL}; skipped without it. */
public class PostgresLockTest extends LockContract {

    @Override
    protected JdbcDatabase openDatabase() {
        return JdbcDatabase.open(TestPostgres.url());
    }

    @Override
    protected String childDatabase() {
        return TestPostgres.url();
    }
}
