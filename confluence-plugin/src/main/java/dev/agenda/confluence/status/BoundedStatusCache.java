package dev.agenda.confluence.status;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * A {@link StatusCache} in this node's memory, bounded: past its capacity the least recently used entry goes.
 * Thread-safe (one monitor; entries are tiny and the refresh writes in short bursts).
 */
public final class BoundedStatusCache implements StatusCache {

    /** Entries kept: a few thousand statuses are a few hundred kilobytes. */
    public static final int DEFAULT_CAPACITY = 5_000;

    private final Map<String, CachedStatus> entries;

    public BoundedStatusCache() {
        this(DEFAULT_CAPACITY);
    }

    BoundedStatusCache(int capacity) {
        if (capacity < 1) {
            throw new IllegalArgumentException("capacity must be at least 1");
        }
        this.entries = new LinkedHashMap<>(16, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<String, CachedStatus> eldest) {
                return size() > capacity;
            }
        };
    }

    @Override
    public synchronized void put(String viewerKey, String issueKey, CachedStatus status) {
        entries.put(key(viewerKey, issueKey), status);
    }

    @Override
    public synchronized Optional<CachedStatus> get(String viewerKey, String issueKey) {
        return Optional.ofNullable(entries.get(key(viewerKey, issueKey)));
    }

    synchronized int size() {
        return entries.size();
    }

    private static String key(String viewerKey, String issueKey) {
        return viewerKey + "\n" + issueKey;
    }
}
