package dev.agenda.sync.status;

import dev.agenda.core.tracker.Issue;
import dev.agenda.core.tracker.TrackerError;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * What each viewer last learnt about each issue key, in this process's memory, bounded: past its capacity the least
 * recently used entry goes. Keyed per viewer, because Jira may show one user an issue another may not see — a
 * viewer's entry is never answered to anyone else. Thread-safe (one monitor; entries are small).
 */
public final class StatusMemory {

    /** Entries kept by default: a few thousand are a few hundred kilobytes. */
    public static final int DEFAULT_CAPACITY = 5_000;

    /**
     * One viewer's knowledge of one key.
     *
     * @param lastKnown the issue as last read, with {@code seenAt}; empty once Jira said it is not there (for this
     *                  viewer), so a summary is never shown after Jira stopped showing it
     * @param problem   what the latest look met, if it did not read the issue
     * @param askedAt   when Jira was last asked
     */
    public record Entry(
            Optional<Issue> lastKnown, Optional<Instant> seenAt, Optional<TrackerError> problem, Instant askedAt) {
        public Entry {
            Objects.requireNonNull(lastKnown, "lastKnown");
            Objects.requireNonNull(seenAt, "seenAt");
            Objects.requireNonNull(problem, "problem");
            Objects.requireNonNull(askedAt, "askedAt");
        }
    }

    private final Map<String, Entry> entries;

    public StatusMemory() {
        this(DEFAULT_CAPACITY);
    }

    public StatusMemory(int capacity) {
        if (capacity < 1) {
            throw new IllegalArgumentException("capacity must be at least 1");
        }
        this.entries = new LinkedHashMap<>(16, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<String, Entry> eldest) {
                return size() > capacity;
            }
        };
    }

    public synchronized Optional<Entry> get(String viewer, String key) {
        return Optional.ofNullable(entries.get(slot(viewer, key)));
    }

    public synchronized void put(String viewer, String key, Entry entry) {
        entries.put(slot(viewer, key), entry);
    }

    public synchronized int size() {
        return entries.size();
    }

    private static String slot(String viewer, String key) {
        return viewer + "\n" + key;
    }
}
