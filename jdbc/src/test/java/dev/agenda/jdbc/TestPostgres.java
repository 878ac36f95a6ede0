package dev.agenda.jdbc;

import static org.junit.Assume.assumeTrue;

/** The PostgreSQL database of the tests: {@code AGENDA_TEST_POSTGRES_URL}, or the test is skipped. */
final class TestPostgres {

    static final String URL_VARIABLE = "AGENDA_TEST_POSTGRES_URL";

    private TestPostgres() {}

    static String url() {
        String url = System.getenv(URL_VARIABLE);
        assumeTrue(URL_VARIABLE + " is not set: PostgreSQL tests skipped", url != null && !url.isBlank());
        return url;
    }
}
