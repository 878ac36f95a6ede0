package dev.agenda.services.status;

import dev.agenda.services.jira.ViewerJiraAccess;
import dev.agenda.sync.status.LiveStatuses;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Refreshes stale statuses after the page has had its answer: one background thread, as the viewer whose statuses
 * they are, with a bounded queue — when it is full, a refresh is dropped (the next page view asks again), so a slow
 * Jira can never pile up work or threads. {@link #close()} lets the refresh in hand finish (for at most a few seconds)
 * and drops the rest (the plugin's context calls it when the plugin stops). A dropped refresh and a refresh that
 * failed are logged. Thread-safe.
 */
public final class BackgroundStatusRefresh implements AutoCloseable {

    /** Refreshes waiting at most; each is one batched look-up. */
    public static final int QUEUE = 64;

    private static final int STOP_WAIT_SECONDS = 5;
    private static final Logger LOG = LoggerFactory.getLogger(BackgroundStatusRefresh.class);

    private final ViewerJiraAccess viewers;
    private final LiveStatuses statuses;
    private final ThreadPoolExecutor executor;

    public BackgroundStatusRefresh(ViewerJiraAccess viewers, LiveStatuses statuses) {
        this.viewers = viewers;
        this.statuses = statuses;
        this.executor = new ThreadPoolExecutor(
                1,
                1,
                0,
                TimeUnit.MILLISECONDS,
                new ArrayBlockingQueue<>(QUEUE),
                runnable -> {
                    Thread thread = new Thread(runnable, "agenda-status-refresh");
                    thread.setDaemon(true);
                    return thread;
                },
                (dropped, pool) -> LOG.info(
                        "A background refresh of Jira statuses was dropped: {} are waiting"
                                + " already; the next page view asks again.",
                        QUEUE));
    }

    /** Asks Jira again for these keys as this viewer, soon, unless as much work is already waiting. */
    public void refreshLater(String viewerKey, List<String> keys) {
        if (keys.isEmpty()) {
            return;
        }
        List<String> copy = List.copyOf(keys);
        executor.execute(() -> {
            try {
                viewers.asViewer(viewerKey, session -> statuses.refresh(viewerKey, copy, session.tracker()));
            } catch (RuntimeException e) {
                LOG.warn("Refreshing {} Jira statuses for viewer {} failed: {}", copy.size(), viewerKey, e.toString());
            }
        });
    }

    @Override
    public void close() {
        executor.shutdown();
        try {
            if (!executor.awaitTermination(STOP_WAIT_SECONDS, TimeUnit.SECONDS)) {
                executor.shutdownNow();
            }
        } catch (InterruptedException e) {
            executor.shutdownNow();
            Thread.currentThread().interrupt();
        }
    }
}
