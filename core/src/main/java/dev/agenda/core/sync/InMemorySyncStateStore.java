package dev.agenda.core.sync;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** A {@link SyncStateStore} in memory: for tests, and for hosts that keep no state between runs. Thread-safe. */
public final class InMemorySyncStateStore implements SyncStateStore {

    private final Map<String, Map<String, SyncRecord>> pages = new ConcurrentHashMap<>();

    @Override
    public Map<String, SyncRecord> records(String pageId) {
        return Map.copyOf(pages.getOrDefault(pageId, Map.of()));
    }

    @Override
    public void save(String pageId, SyncRecord record) {
        pages.computeIfAbsent(pageId, id -> new ConcurrentHashMap<>()).put(record.actionId(), record);
    }

    /** Forgets everything, as a lost state file would. */
    public void clear() {
        pages.clear();
    }
}
