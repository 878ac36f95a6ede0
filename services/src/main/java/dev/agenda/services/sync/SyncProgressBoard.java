package dev.agenda.services.sync;

import dev.agenda.sync.SyncProgress;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * How far the syncs running on this node have got, per page, for the page's progress bar: an entry exists only while
 * its sync runs, so the board holds at most one small entry per page being synced. Thread-safe.
 */
public final class SyncProgressBoard {

    /** {@code done} of {@code total} actions of a running sync are through. */
    public record Progress(int done, int total) {}

    private final Map<String, Progress> running = new ConcurrentHashMap<>();

    /** Starts tracking a sync of the page; the answer hears its progress. */
    public SyncProgress start(String pageId) {
        running.put(pageId, new Progress(0, 0));
        return (done, total, actionId) -> running.put(pageId, new Progress(done, total));
    }

    /** The sync of the page has ended, however it ended. */
    public void finish(String pageId) {
        running.remove(pageId);
    }

    /** The running sync's progress; empty when none runs on this node. */
    public Optional<Progress> current(String pageId) {
        return Optional.ofNullable(running.get(pageId));
    }
}
