package dev.agenda.core.sync;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Supplier;

/** A {@link Lock} for one process: a fair reentrant lock per name. Thread-safe. */
public final class InProcessLock implements Lock {

    private final Map<String, ReentrantLock> locks = new ConcurrentHashMap<>();

    @Override
    public <T> T withLock(String name, Duration wait, Supplier<T> work) {
        ReentrantLock lock = locks.computeIfAbsent(name, key -> new ReentrantLock(true));
        boolean held;
        try {
            held = lock.tryLock(wait.toNanos(), TimeUnit.NANOSECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new LockUnavailableException("interrupted while waiting for the lock " + name);
        }
        if (!held) {
            throw new LockUnavailableException("the lock " + name + " is held by another sync; try again shortly");
        }
        try {
            return work.get();
        } finally {
            lock.unlock();
        }
    }
}
