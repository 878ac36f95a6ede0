package dev.agenda.jdbc;

import org.junit.Rule;
import org.junit.rules.TemporaryFolder;

/** The store contract on the embedded H2 file, a new one per test. */
public class H2SyncStateStoreTest extends SyncStateStoreContract {

    private static final String USE = "H2SyncStateStoreTest";

    @Rule
    public final TemporaryFolder folder = new TemporaryFolder();

    @Override
    protected JdbcDatabase openDatabase() {
        return JdbcDatabase.h2File(folder.getRoot().toPath(), USE);
    }
}
