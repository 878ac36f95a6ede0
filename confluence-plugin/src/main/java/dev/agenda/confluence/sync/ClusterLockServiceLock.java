package dev.agenda.confluence.sync;

import com.atlassian.beehive.ClusterLock;
import com.atlassian.beehive.ClusterLockService;
import dev.agenda.core.sync.Lock;
import dev.agenda.core.sync.LockUnavailableException;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

/**
 * The {@link Lock} across a Confluence cluster: Confluence's cluster lock service (beehive), so one page is synced by
 * one node and one request at a time. Lock names are put in the plugin's namespace ({@value #PREFIX}) and anything but
 * letters, digits, dots, hyphens and underscores is replaced, as the service recommends names it can store in any
 * database. Cluster locks are not re-entrant, so work under a lock must not ask for the same lock again. Thread-safe.
 */
public final class ClusterLockServiceLock implements Lock {

    static final String PREFIX = "dev.agenda.";
    private static final int MAX_NAME = 255;

    private final ClusterLockService locks;

    public ClusterLockServiceLock(ClusterLockService locks) {
        this.locks = locks;
    }

    @Override
    public <T> T withLock(String name, Duration wait, Supplier<T> work) {
        ClusterLock lock = locks.getLockForName(clusterName(name));
        boolean held;
        try {
            held = lock.tryLock(wait.toNanos(), TimeUnit.NANOSECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new LockUnavailableException("interrupted while waiting for the lock " + name);
        }
        if (!held) {
            throw new LockUnavailableException(
                    "the lock " + name + " is held by another sync, on this or another" + " node; try again shortly");
        }
        try {
            return work.get();
        } finally {
            lock.unlock();
        }
    }

    static String clusterName(String name) {
        String safe = PREFIX + name.replaceAll("[^A-Za-z0-9._-]", "_");
        return safe.length() <= MAX_NAME ? safe : safe.substring(0, MAX_NAME);
    }
}
