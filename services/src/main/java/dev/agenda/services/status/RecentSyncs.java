package dev.agenda.services.status;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The pages synced lately and by whom, with the issues their actions are tied to: what the status refresh keeps
 * warm. Bounded (the oldest entry goes first) and in this node's memory only — see the plugin's status refresh job
 * for what that means in a cluster. Thread-safe.
 */
public final class RecentSyncs {

    /** How many page-and-viewer pairs are remembered. */
    public static final int DEFAULT_CAPACITY = 500;

    /** One page as one viewer last synced it. */
    public record Entry(String viewerKey, String pageId, List<String> issueKeys, Instant syncedAt) {
        public Entry {
            Objects.requireNonNull(viewerKey, "viewerKey");
            Objects.requireNonNull(pageId, "pageId");
            issueKeys = List.copyOf(issueKeys);
            Objects.requireNonNull(syncedAt, "syncedAt");
        }
    }

    private final int capacity;
    private final LinkedHashMap<String, Entry> entries = new LinkedHashMap<>();

    public RecentSyncs() {
        this(DEFAULT_CAPACITY);
    }

    RecentSyncs(int capacity) {
        if (capacity < 1) {
            throw new IllegalArgumentException("capacity must be at least 1");
        }
        this.capacity = capacity;
    }

    /** Remembers the page's latest sync by this viewer, replacing the one before. */
    public synchronized void record(Entry entry) {
        String key = entry.viewerKey() + "\n" + entry.pageId();
        entries.remove(key);
        entries.put(key, entry);
        while (entries.size() > capacity) {
            entries.remove(entries.keySet().iterator().next());
        }
    }

    /** The entries synced within {@code window} before {@code now}, oldest first. */
    public synchronized List<Entry> since(Instant now, Duration window) {
        Instant from = now.minus(window);
        List<Entry> recent = new ArrayList<>();
        for (Map.Entry<String, Entry> entry : entries.entrySet()) {
            if (!entry.getValue().syncedAt().isBefore(from)) {
                recent.add(entry.getValue());
            }
        }
        return recent;
    }
}
