package dev.agenda.confluence.status;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import dev.agenda.core.tracker.IssueStatus;
import dev.agenda.core.tracker.StatusCategory;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.Test;

public class BoundedStatusCacheTest {

    private static final Instant NOW = Instant.parse("2017-12-04T17:00:00Z");
    private static final StatusCache.CachedStatus OPEN =
            new StatusCache.CachedStatus(new IssueStatus("Open", StatusCategory.TO_DO), NOW);

    @Test
    public void keepsEntriesPerViewerAndForgetsTheLeastRecentlyUsedPastItsCapacity() {
        BoundedStatusCache cache = new BoundedStatusCache(2);
        cache.put("a", "DM-1", OPEN);
        cache.put("b", "DM-1", OPEN);
        cache.get("a", "DM-1");
        cache.put("a", "DM-2", OPEN);

        assertEquals(2, cache.size());
        assertEquals(Optional.of(OPEN), cache.get("a", "DM-1"));
        assertEquals(Optional.empty(), cache.get("b", "DM-1"));
        assertEquals(Optional.of(OPEN), cache.get("a", "DM-2"));
    }

    @Test
    public void recentSyncsAreBoundedAndKeepOneEntryPerViewerAndPage() {
        RecentSyncs recent = new RecentSyncs(2);
        recent.record(new RecentSyncs.Entry("a", "1", List.of("DM-1"), NOW));
        recent.record(new RecentSyncs.Entry("a", "1", List.of("DM-1", "DM-2"), NOW));
        recent.record(new RecentSyncs.Entry("a", "2", List.of(), NOW));
        recent.record(new RecentSyncs.Entry("b", "1", List.of(), NOW));

        List<RecentSyncs.Entry> entries = recent.since(NOW, Duration.ofMinutes(1));

        assertEquals(2, entries.size());
        assertTrue(entries.stream().noneMatch(entry -> entry.viewerKey().equals("a") && entry.pageId().equals("1")));
    }
}
