package dev.agenda.services.sync;

import dev.agenda.sync.SyncProgress;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * How far the syncs running on this node have got, for each page's progress bar. Each sync is its own {@link Run}: a
 * second sync of a page (refused by the page's lock, or a dry run) neither resets nor ends the bar of the one already
 * running, and a run's count never goes back, though its parallel follow-ups report out of order. A page's bar shows
 * its oldest running sync. Entries exist only while their syncs run. Thread-safe.
 */
public final class SyncProgressBoard {

    /** {@code done} of {@code total} actions of a running sync are through. */
    public record Progress(int done, int total) {}

    private final Map<String, List<Run>> running = new HashMap<>();

    /** Starts tracking one sync of the page; close the run when the sync ends, however it ends. */
    public synchronized Run start(String pageId) {
        Run run = new Run(pageId);
        running.computeIfAbsent(pageId, page -> new ArrayList<>()).add(run);
        return run;
    }

    /** The progress of the page's oldest running sync; empty when none runs on this node. */
    public synchronized Optional<Progress> current(String pageId) {
        List<Run> runs = running.get(pageId);
        return runs == null ? Optional.empty() : Optional.of(runs.get(0).progress());
    }

    private synchronized void finished(Run run) {
        List<Run> runs = running.get(run.pageId);
        if (runs != null && runs.remove(run) && runs.isEmpty()) {
            running.remove(run.pageId);
        }
    }

    /** One sync's progress, heard from its threads; {@link #close()} takes it off the board. Thread-safe. */
    public final class Run implements SyncProgress, AutoCloseable {

        private final String pageId;
        private Progress progress = new Progress(0, 0);

        private Run(String pageId) {
            this.pageId = pageId;
        }

        @Override
        public synchronized void advanced(int done, int total, String actionId) {
            if (done > progress.done() || total != progress.total()) {
                progress = new Progress(Math.max(done, progress.done()), total);
            }
        }

        synchronized Progress progress() {
            return progress;
        }

        @Override
        public void close() {
            finished(this);
        }
    }
}
