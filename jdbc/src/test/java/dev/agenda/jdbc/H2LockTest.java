package dev.agenda.jdbc;

import org.junit.Rule;
import org.junit.rules.TemporaryFolder;

/**
 * The lock contract on the embedded H2 file, a new one per test. Another process cannot open the file while this one
 * has it ({@link H2FileTest}), so the contract's cross-process case is not this database's.
 */
public class H2LockTest extends LockContract {

    private static final String USE = "H2LockTest";

    @Rule
    public final TemporaryFolder folder = new TemporaryFolder();

    @Override
    protected JdbcDatabase openDatabase() {
        return JdbcDatabase.h2File(folder.getRoot().toPath(), USE);
    }

    @Override
    protected boolean processesShareTheDatabase() {
        return false;
    }

    @Override
    protected String childDatabase() {
        return "h2:" + folder.getRoot();
    }
}
