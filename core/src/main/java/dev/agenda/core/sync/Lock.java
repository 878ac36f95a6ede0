package dev.agenda.core.sync;

import java.time.Duration;
import java.util.function.Supplier;

/**
 * Port: mutual exclusion across threads, processes and cluster nodes, so that one page is synced by one caller at a
 * time. Adapters: a database row lock (H2, PostgreSQL), Confluence's cluster lock service, and an in-process lock.
 * Implementations are thread-safe.
 */
public interface Lock {

    /**
     * Runs {@code work} holding the lock called {@code name}, waiting at most {@code wait} for it.
     *
     * @throws LockUnavailableException when the lock could not be had in time (another sync of the page is running)
     */
    <T> T withLock(String name, Duration wait, Supplier<T> work);
}
