package dev.agenda.sync;

import dev.agenda.core.sync.WorkerContext;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.FutureTask;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.function.Function;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;

/**
 * Runs one sync's per-action follow-up requests (remote links, watchers, edits, transitions) with at most
 * {@code parallelism} in flight, answering in the order given. Each follow-up is one round trip to Jira, so a page's
 * follow-ups take about {@code N / parallelism} round trips instead of {@code N}. Rate limits are respected by the
 * client, which holds every request back after a 429 (see the jira module's rate-limit gate).
 *
 * <p>The thread that made this object is its owner (the request thread, inside a host). Workers run in the owner's
 * {@link WorkerContext} — inside Confluence, as the viewer who asked for the sync — and whatever must happen on the
 * owner itself ({@link #onOwner}: saving sync state, which inside Confluence is a content-property write bound to the
 * request's session) is handed back to it and done there, in turn, while it waits for the workers. With parallelism
 * 1 everything runs on the owner. {@link #close()} ends the threads.
 */
final class FollowUps implements AutoCloseable {

    /** Put on the owner's queue by each follow-up when it ends, so the owner knows when to stop serving. */
    @SuppressWarnings("UnnecessaryLambda") // a sentinel, compared by identity, never run
    private static final Runnable FINISHED = () -> {};

    private final @Nullable ExecutorService executor; // null: parallelism 1, everything on the owner
    private final WorkerContext context;
    private final Thread owner = Thread.currentThread();
    private final BlockingQueue<Runnable> forOwner = new LinkedBlockingQueue<>();

    FollowUps(int parallelism, WorkerContext context) {
        this.context = context;
        this.executor = parallelism <= 1
                ? null
                : Executors.newFixedThreadPool(parallelism, runnable -> {
                    Thread thread = new Thread(runnable, "agenda-sync-follow-up");
                    thread.setDaemon(true);
                    return thread;
                });
    }

    /**
     * {@code work} applied to every item, at most {@code parallelism} at once; the answers in the items' order. Called
     * on the owner, which meanwhile does the {@link #onOwner} work the items hand it.
     */
    <T, R> List<R> map(List<T> items, Function<T, R> work) {
        List<R> answers = new ArrayList<>(items.size());
        if (executor == null || items.size() < 2) {
            items.forEach(item -> answers.add(work.apply(item)));
            return answers;
        }
        List<Future<R>> pending = new ArrayList<>(items.size());
        for (T item : items) {
            Supplier<R> carried = context.carry(() -> work.apply(item));
            pending.add(executor.submit(() -> {
                try {
                    return carried.get();
                } finally {
                    forOwner.add(FINISHED);
                }
            }));
        }
        serveUntilFinished(pending.size());
        for (Future<R> future : pending) {
            answers.add(await(future));
        }
        return answers;
    }

    /**
     * Runs {@code work} on the owner thread: at once when called there, else handed to the owner (busy in
     * {@link #map}) and waited for; its exceptions reach the caller.
     */
    <R> R onOwner(Supplier<R> work) {
        if (Thread.currentThread() == owner) {
            return work.get();
        }
        FutureTask<R> task = new FutureTask<>(work::get);
        forOwner.add(task);
        return await(task);
    }

    @Override
    public void close() {
        if (executor != null) {
            executor.shutdownNow();
        }
    }

    private void serveUntilFinished(int followUps) {
        int finished = 0;
        while (finished < followUps) {
            Runnable next;
            try {
                next = forOwner.take();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("the sync was interrupted", e);
            }
            if (next == FINISHED) {
                finished++;
            } else {
                next.run();
            }
        }
    }

    private static <R> R await(Future<R> future) {
        try {
            return future.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("the sync was interrupted", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException runtime) {
                throw runtime;
            }
            if (e.getCause() instanceof Error error) {
                throw error;
            }
            throw new IllegalStateException(e.getCause());
        }
    }
}
