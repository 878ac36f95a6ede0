package dev.agenda.sync;

import dev.agenda.core.sync.SyncRecord;
import dev.agenda.core.sync.SyncStateStore;

import java.util.Map;

/**
 * A state store whose reads and saves happen one at a time, for a sync whose follow-ups run in parallel: some stores
 * rewrite one value per page on every save (Confluence's content property), which parallel saves would lose.
 */
final class SerializedStateStore implements SyncStateStore {

    private final SyncStateStore store;

    SerializedStateStore(SyncStateStore store) {
        this.store = store;
    }

    @Override
    public synchronized Map<String, SyncRecord> records(String pageId) {
        return store.records(pageId);
    }

    @Override
    public synchronized void save(String pageId, SyncRecord record) {
        store.save(pageId, record);
    }
}
