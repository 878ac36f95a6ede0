package dev.agenda.sync;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import dev.agenda.core.page.MeetingPage;
import dev.agenda.core.sync.InMemorySyncStateStore;
import dev.agenda.core.sync.InProcessLock;
import dev.agenda.core.sync.SyncRecord;
import dev.agenda.core.tracker.ServerInfo;
import dev.agenda.jira.fake.FakeJira;
import dev.agenda.jira.fake.FakeJiraWorld;
import dev.agenda.jira.fake.FaultPlan;
import dev.agenda.testing.ReferencePage;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SplittableRandom;
import org.junit.Test;

/**
 * A synced task no longer on the page is reported by every sync with a choice to leave its issue or close it; the
 * choice is kept, closing transitions once, and nothing is deleted in Jira. Against the in-memory fake Jira.
 */
public class RemovedTasksTest {

    private static final String PAGE_ID = ReferencePage.ID;
    private static final String THREE = PAGE_ID + "/3";

    private final Clock clock = Clock.fixed(Instant.parse("2017-12-04T17:00:00Z"), ZoneOffset.UTC);
    private final FakeJiraWorld world = FakeJiraWorld.seeded(clock);
    private final FakeJira jira =
            new FakeJira(world, "womullane", ServerInfo.Deployment.DATA_CENTER, new FaultPlan(new SplittableRandom(5)));
    private final InMemorySyncStateStore store = new InMemorySyncStateStore();
    private final ActionSync sync = new ActionSync(jira, store, new InProcessLock(), clock);

    @Test
    public void everySyncReportsASyncedTaskNoLongerOnThePageAndOnlyThat() {
        SyncReport first = sync(ReferencePage.meeting());
        assertEquals("nothing was removed yet", List.of(), first.removed());
        String key = store.records(PAGE_ID).get(THREE).issueKey();

        SyncReport whole = sync(withoutTaskThree());
        SyncReport oneAgenda = sync.syncActions(
                withoutTaskThree(), Set.of(PAGE_ID + "/9"), ActionSyncTest.settings(), true, SyncProgress.none());

        for (SyncReport report : List.of(whole, oneAgenda)) {
            assertEquals(1, report.removed().size());
            RemovedTask removed = report.removed().get(0);
            assertEquals(THREE, removed.actionId());
            assertEquals(key, removed.issueKey());
            assertTrue(removed.awaitingChoice());
            assertEquals(key + ": its task was removed from the page", removed.message());
        }
        assertEquals("nothing was closed or deleted", 13, world.issueCount());
        assertFalse(jira.issue(key, List.of()).value().status().isDone());
        assertEquals(
                "the task back on the page is not reported",
                List.of(),
                sync(ReferencePage.meeting()).removed());
    }

    @Test
    public void leavingIsRecordedSoLaterSyncsReportItAsLeftWithoutAsking() {
        sync(ReferencePage.meeting());
        String key = store.records(PAGE_ID).get(THREE).issueKey();
        Map<String, Integer> before = Map.copyOf(jira.operationCounts());

        SyncReport chosen =
                sync.chooseForRemoved(withoutTaskThree(), THREE, SyncRecord.Removal.LEFT, ActionSyncTest.settings());

        assertEquals(Optional.empty(), chosen.abort());
        assertEquals(
                key + ": its task was removed; left open in Jira",
                chosen.removed().get(0).message());
        assertEquals(
                Optional.of(SyncRecord.Removal.LEFT),
                store.records(PAGE_ID).get(THREE).removal());
        assertEquals("leaving sends nothing to Jira", before, jira.operationCounts());
        RemovedTask later = sync(withoutTaskThree()).removed().get(0);
        assertFalse(later.awaitingChoice());
        assertEquals(key + ": its task was removed; left open in Jira", later.message());
        assertFalse(jira.issue(key, List.of()).value().status().isDone());
    }

    @Test
    public void closingMovesTheIssueIntoDoneOnceAndLaterSyncsReportItClosed() {
        sync(ReferencePage.meeting());
        String key = store.records(PAGE_ID).get(THREE).issueKey();
        int issues = world.issueCount();

        SyncReport closed =
                sync.chooseForRemoved(withoutTaskThree(), THREE, SyncRecord.Removal.CLOSED, ActionSyncTest.settings());
        int transitionsAfterOne = jira.operationCounts().getOrDefault("transition", 0);
        sync.chooseForRemoved(withoutTaskThree(), THREE, SyncRecord.Removal.CLOSED, ActionSyncTest.settings());

        assertEquals(
                key + ": its task was removed; closed in Jira",
                closed.removed().get(0).message());
        assertTrue(jira.issue(key, List.of()).value().status().isDone());
        assertEquals("a second close sends no transition", transitionsAfterOne, (int)
                jira.operationCounts().getOrDefault("transition", 0));
        assertEquals("nothing was deleted", issues, world.issueCount());
        RemovedTask later = sync(withoutTaskThree()).removed().get(0);
        assertEquals(Optional.of(SyncRecord.Removal.CLOSED), later.choice());
        assertEquals(key + ": its task was removed; closed in Jira", later.message());
    }

    @Test
    public void aChoiceForAnActionStillOnThePageOrNeverSyncedIsRefusedAndChangesNothing() {
        sync(ReferencePage.meeting());
        Map<String, SyncRecord> records = store.records(PAGE_ID);

        SyncReport onPage = sync.chooseForRemoved(
                ReferencePage.meeting(), THREE, SyncRecord.Removal.CLOSED, ActionSyncTest.settings());
        SyncReport unknown = sync.chooseForRemoved(
                withoutTaskThree(), PAGE_ID + "/99", SyncRecord.Removal.LEFT, ActionSyncTest.settings());

        assertTrue(onPage.abort().orElseThrow(), onPage.abort().orElseThrow().contains("is not a synced task removed"));
        assertTrue(unknown.abort().isPresent());
        assertEquals(records, store.records(PAGE_ID));
        assertFalse(jira.issue(records.get(THREE).issueKey(), List.of())
                .value()
                .status()
                .isDone());
    }

    private SyncReport sync(MeetingPage page) {
        return sync.sync(page, ActionSyncTest.settings(), false, SyncProgress.none());
    }

    /** The reference page with task 3 deleted from its source. */
    private static MeetingPage withoutTaskThree() {
        String storage = ReferencePage.storage();
        String without = storage.replaceFirst("<ac:task><ac:task-id>3</ac:task-id>.*?</ac:task>", "");
        if (without.equals(storage)) {
            throw new IllegalStateException("task 3 is not in the reference page any more");
        }
        return ReferencePage.meeting(PAGE_ID, without);
    }
}
