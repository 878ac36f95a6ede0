package dev.agenda.jdbc;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;
import static org.junit.Assert.fail;

import dev.agenda.core.sync.LockUnavailableException;
import dev.agenda.core.sync.SyncStateException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.After;
import org.junit.Rule;
import org.junit.Test;
import org.junit.rules.TemporaryFolder;
import org.junit.rules.Timeout;

/** The embedded H2 file of {@link JdbcDatabase#h2File}: where it is, and two processes of one machine using it. */
public class H2FileTest {

    @Rule
    public final Timeout timeout = Timeout.seconds(120);

    @Rule
    public final TemporaryFolder folder = new TemporaryFolder();

    private final ExecutorService executor = Executors.newCachedThreadPool();

    @After
    public void stop() {
        executor.shutdownNow();
    }

    @Test
    public void theDatabaseIsAFileInTheDirectoryGiven() {
        Path directory = folder.getRoot().toPath().resolve("state");
        try (JdbcDatabase database = JdbcDatabase.h2File(directory)) {
            assertTrue(
                    database.toString(),
                    database.toString().contains(directory.resolve("agenda").toString()));
        }
        assertTrue(Files.exists(directory.resolve("agenda.mv.db")));
    }

    @Test
    public void aSaveThatReturnedSurvivesTheProcessBeingKilled() throws Exception {
        // The child opens the file first, so it is the one writing it, and is killed before it can close it.
        try (ChildJvm child = ChildJvm.start("save", "h2:" + folder.getRoot(), "page-1", "1")) {
            child.expect("saved");
            child.kill();
        }

        try (JdbcDatabase database = JdbcDatabase.h2File(folder.getRoot().toPath())) {
            assertEquals(
                    Map.of("page-1/1", Records.full("page-1", "1")),
                    new JdbcSyncStateStore(database).records("page-1"));
        }
    }

    @Test
    public void aWaiterConnectedThroughTheHolderGetsTheLockWhenTheHolderEnds() throws Exception {
        String name = "agenda-sync:page-1";
        // The child opens the file first, so this process reaches it through the child's server, which goes away
        // with the child: the waiter must carry on against the file itself.
        try (ChildJvm child = ChildJvm.start("lock", "h2:" + folder.getRoot(), name)) {
            child.expect("locked");
            try (JdbcDatabase database = JdbcDatabase.h2File(folder.getRoot().toPath())) {
                JdbcLock lock = new JdbcLock(database);
                try {
                    lock.withLock(name, Duration.ofMillis(300), () -> "ran the work while the child held the lock");
                    fail("expected LockUnavailableException");
                } catch (LockUnavailableException expected) {
                    // The child holds it.
                }
                Future<String> waiting =
                        executor.submit(() -> lock.withLock(name, Duration.ofSeconds(60), () -> "parent"));

                child.closeStdin();
                child.expect("released");
                assertEquals(0, child.exitCode());

                assertEquals(
                        "parent",
                        ranOrRetried(waiting, () -> lock.withLock(name, Duration.ofSeconds(60), () -> "parent")));
                new JdbcSyncStateStore(database).save("page-1", Records.full("page-1", "1"));
                assertEquals(
                        1, new JdbcSyncStateStore(database).records("page-1").size());
            }
        }
    }

    /**
     * What the waiter ran. The child releases the lock a moment before its server goes: a waiter that took the lock
     * in that moment, through the child's server, is told its lock may have been lost — the honest answer — and then
     * tries again, as the sync does, this time against the file itself.
     */
    private static String ranOrRetried(Future<String> waiting, Callable<String> retry) throws Exception {
        try {
            return waiting.get(60, TimeUnit.SECONDS);
        } catch (ExecutionException e) {
            if (!(e.getCause() instanceof SyncStateException lost)
                    || !lost.getMessage().contains("the lock may have been lost")) {
                throw e;
            }
            return retry.call();
        }
    }
}
