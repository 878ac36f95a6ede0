package dev.agenda.sync;

import dev.agenda.core.sync.SyncRecord;
import dev.agenda.core.sync.SyncStateStore;
import java.util.Map;

/**
 * The state store as a sync with parallel follow-ups sees it: every read and save is done by the thread that runs the
 * sync, one at a time, whichever follow-up asked. Some stores rewrite one value per page on each save (Confluence's
 * content property), which parallel saves would lose; and inside Confluence that write belongs on the request's own
 * thread, with its session and user, not on a worker.
 */
final class OwnerThreadStateStore implements SyncStateStore {

    private final SyncStateStore store;
    private final FollowUps followUps;

    OwnerThreadStateStore(SyncStateStore store, FollowUps followUps) {
        this.store = store;
        this.followUps = followUps;
    }

    @Override
    public Map<String, SyncRecord> records(String pageId) {
        return followUps.onOwner(() -> store.records(pageId));
    }

    @Override
    public void save(String pageId, SyncRecord record) {
        followUps.onOwner(() -> {
            store.save(pageId, record);
            return null;
        });
    }
}
