package dev.agenda.sync;

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Counts one sync's actions for its progress bar, each once, the first time it is through: as soon as it has its
 * issue (linked or created) or has failed, or — for an action that already had its issue — once it is brought up to
 * date. So the bar moves while issues are being created, not only in the last pass. Thread-safe: the follow-ups that
 * count run in parallel, and may report out of order (the listener keeps the highest count).
 */
final class ActionsThrough {

    private final SyncProgress progress;
    private final Set<String> counted = ConcurrentHashMap.newKeySet();
    private final AtomicInteger done = new AtomicInteger();
    private volatile int total;

    ActionsThrough(SyncProgress progress) {
        this.progress = progress;
    }

    /** The run has this many actions to go through; tells the listener at once, so the bar can say "0 of N". */
    void expect(int actions) {
        total = actions;
        progress.advanced(0, actions, "");
    }

    /** The action is through; counted only the first time. */
    void through(String actionId) {
        if (counted.add(actionId)) {
            progress.advanced(done.incrementAndGet(), total, actionId);
        }
    }
}
