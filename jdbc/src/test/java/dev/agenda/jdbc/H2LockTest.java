package dev.agenda.jdbc;

import org.junit.Rule;
import org.junit.rules.TemporaryFolder;

/** The lock contract on the embedded H2 file, a new one per test; the other process reaches it by AUTO_SERVER. */
public class H2LockTest extends LockContract {

    @Rule
    public final TemporaryFolder folder = new TemporaryFolder();

    @Override
    protected JdbcDatabase openDatabase() {
        return JdbcDatabase.h2File(folder.getRoot().toPath());
    }

    @Override
    protected String childDatabase() {
        return "h2:" + folder.getRoot();
    }
}
