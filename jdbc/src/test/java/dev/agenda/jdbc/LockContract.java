package dev.agenda.jdbc;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;
import static org.junit.Assert.fail;
import static org.junit.Assume.assumeTrue;

import dev.agenda.core.sync.LockUnavailableException;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.UUID;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import org.junit.After;
import org.junit.Before;
import org.junit.Rule;
import org.junit.Test;
import org.junit.rules.Timeout;

/**
 * What every database must do as a {@link JdbcLock}: exclude other threads and other processes, give up after the
 * wait, release on failure. Run by one subclass per database; lock names are fresh for each test. Threads are
 * coordinated with latches, never with sleeps.
 */
public abstract class LockContract {

    private static final Duration SHORT = Duration.ofMillis(300);
    private static final Duration LONG = Duration.ofSeconds(60);

    @Rule
    public final Timeout timeout = Timeout.seconds(120);

    private final String name = "agenda-sync:page-" + UUID.randomUUID();
    private final ExecutorService executor = Executors.newCachedThreadPool();
    private JdbcDatabase database;
    private JdbcLock lock;

    /** Opens the database of this test. */
    protected abstract JdbcDatabase openDatabase();

    /** How {@link AgendaChild} names the same database. */
    protected abstract String childDatabase();

    /** Whether another process may use the database while this one has it open; else the cross-process case is moot. */
    protected boolean processesShareTheDatabase() {
        return true;
    }

    @Before
    public void open() {
        database = openDatabase();
        lock = new JdbcLock(database, Clock.systemUTC());
    }

    @After
    public void close() {
        executor.shutdownNow();
        if (database != null) {
            database.close();
        }
    }

    @Test
    public void runsTheWorkAndReturnsItsResult() {
        assertEquals("done", lock.withLock(name, LONG, () -> "done"));
        assertEquals("again", lock.withLock(name, LONG, () -> "again"));
    }

    @Test
    public void aSecondThreadWithAShortWaitGetsLockUnavailable() throws Exception {
        useOnce();
        CountDownLatch holding = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        Future<?> holder = hold(holding, release);
        holding.await();
        try {
            lock.withLock(name, SHORT, mustNotRun("another thread held the lock"));
            fail("expected LockUnavailableException");
        } catch (LockUnavailableException e) {
            assertTrue(e.getMessage(), e.getMessage().contains(name));
            assertTrue(e.getMessage(), e.getMessage().contains("another sync of this page is running"));
        } finally {
            release.countDown();
        }
        holder.get(60, TimeUnit.SECONDS);
    }

    @Test
    public void aSecondThreadWaitsAndGetsTheLockWhenTheFirstReleasesIt() throws Exception {
        useOnce();
        Queue<String> events = new ConcurrentLinkedQueue<>();
        CountDownLatch holding = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        Future<?> holder = executor.submit(() -> lock.withLock(name, LONG, () -> {
            holding.countDown();
            await(release);
            events.add("first leaves");
            return null;
        }));
        holding.await();
        Future<String> second = executor.submit(() -> lock.withLock(name, LONG, () -> {
            events.add("second enters");
            return "second";
        }));

        // Whenever the second thread got to wait, it cannot be done while the first holds the lock.
        assertFalse(second.isDone());
        release.countDown();

        assertEquals("second", second.get(60, TimeUnit.SECONDS));
        holder.get(60, TimeUnit.SECONDS);
        assertEquals(List.of("first leaves", "second enters"), new ArrayList<>(events));
    }

    @Test
    public void theFirstUseOfANameExcludesToo() throws Exception {
        CountDownLatch holding = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        Future<?> holder = hold(holding, release);
        holding.await();
        try {
            lock.withLock(name, SHORT, mustNotRun("another thread held the lock"));
            fail("expected LockUnavailableException");
        } catch (LockUnavailableException expected) {
            // The first holder's row is not even committed yet.
        } finally {
            release.countDown();
        }
        holder.get(60, TimeUnit.SECONDS);
    }

    @Test
    public void locksOfOtherNamesAreIndependent() throws Exception {
        CountDownLatch holding = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        Future<?> holder = hold(holding, release);
        holding.await();
        try {
            assertEquals("other", lock.withLock(name + "-other", SHORT, () -> "other"));
        } finally {
            release.countDown();
        }
        holder.get(60, TimeUnit.SECONDS);
    }

    @Test
    public void workThatFailsReleasesTheLock() throws Exception {
        IllegalStateException failure = new IllegalStateException("the work failed");
        try {
            lock.withLock(name, LONG, () -> {
                throw failure;
            });
            fail("expected the work's exception");
        } catch (IllegalStateException e) {
            assertEquals(failure, e);
        }

        // Another thread: the lock is not reentrant across threads, so this proves the release.
        assertEquals(
                "after",
                executor.submit(() -> lock.withLock(name, SHORT, () -> "after")).get());
    }

    @Test
    public void theThreadHoldingALockMayTakeItAgain() {
        assertEquals("inner", lock.withLock(name, LONG, () -> lock.withLock(name, SHORT, () -> "inner")));
    }

    @Test
    public void manyThreadsUsingANewNameAtOnceTakeItOneAtATime() throws Exception {
        int threads = 8;
        CountDownLatch start = new CountDownLatch(1);
        AtomicInteger inside = new AtomicInteger();
        AtomicInteger mostInside = new AtomicInteger();
        List<Future<?>> done = new ArrayList<>();
        for (int t = 0; t < threads; t++) {
            done.add(executor.submit(() -> {
                start.await();
                return lock.withLock(name, LONG, () -> {
                    mostInside.accumulateAndGet(inside.incrementAndGet(), Math::max);
                    inside.decrementAndGet();
                    return null;
                });
            }));
        }
        start.countDown();
        for (Future<?> future : done) {
            future.get(60, TimeUnit.SECONDS);
        }
        assertEquals(1, mostInside.get());
    }

    @Test
    public void whatTheWorkSavesIsCommittedWhileTheLockIsStillHeld() throws Exception {
        JdbcSyncStateStore store = new JdbcSyncStateStore(database);
        String page = "page-" + UUID.randomUUID();
        lock.withLock(name, LONG, () -> {
            store.save(page, Records.full(page, "1"));
            // Another database object, as another process would read it, while this thread holds the lock.
            try (JdbcDatabase other = openDatabase()) {
                assertEquals(Map.of(page + "/1", Records.full(page, "1")), new JdbcSyncStateStore(other).records(page));
            }
            return null;
        });
    }

    @Test
    public void anotherProcessHoldingTheLockExcludesThisOneUntilItReleases() throws Exception {
        assumeTrue("another process cannot open this database while this one has it", processesShareTheDatabase());
        useOnce();
        try (ChildJvm child = ChildJvm.start("lock", childDatabase(), name)) {
            child.expect("locked");
            try {
                lock.withLock(name, SHORT, mustNotRun("another process held the lock"));
                fail("expected LockUnavailableException");
            } catch (LockUnavailableException e) {
                assertTrue(e.getMessage(), e.getMessage().contains(name));
            }
            Future<String> waiting = executor.submit(() -> lock.withLock(name, LONG, () -> "parent"));
            assertFalse(waiting.isDone());

            child.closeStdin();

            assertEquals("parent", waiting.get(60, TimeUnit.SECONDS));
            child.expect("released");
            assertEquals(0, child.exitCode());
        }
    }

    /**
     * Takes and releases the lock once, so that its row is there, committed: what excludes then is the row lock, not
     * the first holder's uncommitted insert, which would make any later waiter wait as well.
     */
    private void useOnce() {
        lock.withLock(name, LONG, () -> null);
    }

    private Future<?> hold(CountDownLatch holding, CountDownLatch release) {
        return executor.submit(() -> lock.withLock(name, LONG, () -> {
            holding.countDown();
            await(release);
            return null;
        }));
    }

    private static Supplier<Object> mustNotRun(String because) {
        return () -> {
            throw new AssertionError("ran the work while " + because);
        };
    }

    private static void await(CountDownLatch latch) {
        try {
            if (!latch.await(60, TimeUnit.SECONDS)) {
                throw new AssertionError("the test never released the latch");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }
}
