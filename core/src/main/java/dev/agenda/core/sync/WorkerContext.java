package dev.agenda.core.sync;

import java.util.function.Supplier;

/**
 * Port: carries what a host keeps per thread (inside Confluence, the user the request runs as) from the thread that
 * starts a piece of work to the worker threads that help with it. Confluence's application link authenticates each
 * request as the user of the thread that sends it, so a sync's parallel follow-ups must run as the viewer who asked for
 * the sync. Implementations are thread-safe.
 */
public interface WorkerContext {

    /**
     * Captures the calling thread's context now; the answer runs {@code work} in that context on whichever thread
     * calls it, and leaves that thread's own context as it found it.
     */
    <T> Supplier<T> carry(Supplier<T> work);

    /** For hosts whose threads hold nothing work depends on, such as the command line: work runs as it is. */
    static WorkerContext none() {
        return new WorkerContext() {
            @Override
            public <T> Supplier<T> carry(Supplier<T> work) {
                return work;
            }
        };
    }
}
