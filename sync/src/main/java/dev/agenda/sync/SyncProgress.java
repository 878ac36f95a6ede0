package dev.agenda.sync;

/** Port: hears how far a sync has got, for a progress bar. Called from the sync's threads; must be thread-safe. */
@FunctionalInterface
public interface SyncProgress {

    /**
     * {@code done} of {@code total} actions are through, the last being {@code actionId} (empty while none is: a run
     * says "0 of N" as soon as it knows N). Each action counts once, as soon as it has its issue or has failed.
     */
    void advanced(int done, int total, String actionId);

    static SyncProgress none() {
        return (done, total, actionId) -> {};
    }
}
