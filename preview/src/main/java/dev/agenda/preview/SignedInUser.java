package dev.agenda.preview;

import dev.agenda.core.sync.WorkerContext;
import dev.agenda.services.page.CurrentViewer;
import dev.agenda.services.page.Viewer;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * Who the current thread works for in the preview host, as Confluence's {@code AuthenticatedUserThreadLocal} holds
 * it: {@link SessionFilter} sets it when a request starts and clears it when the response leaves, so the page services
 * can ask who is viewing; work handed to other threads carries it there ({@link #carry}, {@link #runAs}). Empty while
 * nobody is signed in. Each host has its own.
 */
final class SignedInUser implements CurrentViewer, WorkerContext {

    // Per host, not static as Confluence's is: one JVM runs several preview hosts (the tests do), each its own site.
    @SuppressWarnings("ThreadLocalUsage")
    private final ThreadLocal<Viewer> viewer = new ThreadLocal<>();

    @Override
    public Optional<Viewer> get() {
        return Optional.ofNullable(viewer.get());
    }

    /** Captures the thread's viewer now; the answer runs {@code work} as that viewer wherever it runs. */
    @Override
    public <T> Supplier<T> carry(Supplier<T> work) {
        Viewer captured = viewer.get();
        return () -> runAs(captured, work);
    }

    /** Runs {@code work} on this thread as {@code someone} (null: nobody), putting the thread's viewer back after. */
    <T> T runAs(Viewer someone, Supplier<T> work) {
        Viewer previous = viewer.get();
        viewer.set(someone);
        try {
            return work.get();
        } finally {
            viewer.set(previous);
        }
    }

    void set(Viewer signedIn) {
        viewer.set(signedIn);
    }

    void clear() {
        viewer.remove();
    }
}
