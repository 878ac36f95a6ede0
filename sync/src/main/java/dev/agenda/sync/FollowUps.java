package dev.agenda.sync;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Function;

/**
 * Runs one sync's per-action follow-up requests (remote links, watchers, edits, transitions) with at most
 * {@code parallelism} in flight, answering in the order given. Each follow-up is one round trip to Jira, so a page's
 * follow-ups take about {@code N / parallelism} round trips instead of {@code N}. Rate limits are respected by the
 * client, which holds every request back after a 429 (see the jira module's rate-limit gate). With parallelism 1 the
 * work runs on the caller's thread. {@link #close()} ends the threads.
 */
final class FollowUps implements AutoCloseable {

    private final ExecutorService executor;

    FollowUps(int parallelism) {
        this.executor = parallelism <= 1 ? null : Executors.newFixedThreadPool(parallelism, runnable -> {
            Thread thread = new Thread(runnable, "agenda-sync-follow-up");
            thread.setDaemon(true);
            return thread;
        });
    }

    /** {@code work} applied to every item, at most {@code parallelism} at once; the answers in the items' order. */
    <T, R> List<R> map(List<T> items, Function<T, R> work) {
        List<R> answers = new ArrayList<>(items.size());
        if (executor == null || items.size() < 2) {
            items.forEach(item -> answers.add(work.apply(item)));
            return answers;
        }
        List<Future<R>> pending = new ArrayList<>(items.size());
        items.forEach(item -> pending.add(executor.submit(() -> work.apply(item))));
        for (Future<R> future : pending) {
            answers.add(await(future));
        }
        return answers;
    }

    @Override
    public void close() {
        if (executor != null) {
            executor.shutdownNow();
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
