package dev.agenda.sync;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import dev.agenda.core.page.MeetingPage;
import dev.agenda.core.sync.InMemorySyncStateStore;
import dev.agenda.core.sync.InProcessLock;
import dev.agenda.core.sync.SyncRecord;
import dev.agenda.core.tracker.Issue;
import dev.agenda.core.tracker.ServerInfo;
import dev.agenda.core.tracker.StatusCategory;
import dev.agenda.jira.fake.FakeJira;
import dev.agenda.jira.fake.FakeJiraWorld;
import dev.agenda.jira.fake.FaultPlan;
import dev.agenda.jira.fake.Workflow;
import dev.agenda.testing.ReferencePage;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SplittableRandom;
import org.junit.Test;

/** The sync on the reference page against the in-memory fake Jira. */
public class ActionSyncTest {

    private static final String PAGE_ID = "dmlt-f2f-2017-11";

    private final Clock clock = Clock.fixed(Instant.parse("2017-12-04T17:00:00Z"), ZoneOffset.UTC);
    private final FakeJiraWorld world = FakeJiraWorld.seeded(clock);
    private final FaultPlan faults = new FaultPlan(new SplittableRandom(5));
    private final FakeJira jira = new FakeJira(world, "womullane", ServerInfo.Deployment.DATA_CENTER, faults);
    private final InMemorySyncStateStore store = new InMemorySyncStateStore();
    private final ActionSync sync = new ActionSync(jira, store, new InProcessLock(), clock);

    static SyncSettings settings() {
        return new SyncSettings(
                Optional.empty(),
                "DMLT F2F 2017-11",
                "https://confluence.example.org/x/dmlt",
                Duration.ofSeconds(5),
                4);
    }

    private SyncReport run(MeetingPage page) {
        return sync.sync(page, settings(), false, SyncProgress.none());
    }

    @Test
    public void theReferencePageBecomesTenIssuesOneLinkAndSevenDone() {
        SyncReport report = run(ReferencePage.meeting());

        assertEquals(
                report.summaryLine(),
                "created 10, linked 1, updated 0, transitioned 7, unchanged 0, failed 0",
                report.summaryLine());
        assertTrue(report.inSync());
        assertEquals(13, world.issueCount());
        Map<String, SyncRecord> records = store.records(PAGE_ID);
        assertEquals("DM-12813", records.get(PAGE_ID + "/10").issueKey());
        assertEquals(SyncRecord.Origin.LINKED, records.get(PAGE_ID + "/10").origin());
        assertEquals(
                "the linked issue is not closed by the sync",
                StatusCategory.IN_PROGRESS,
                issue("DM-12813").status().category());
    }

    @Test
    public void anIssueCarriesEverythingItsActionSays() {
        run(ReferencePage.meeting());
        SyncRecord nine = store.records(PAGE_ID).get(PAGE_ID + "/9");

        Issue issue = jira.issue(nine.issueKey(), List.of(SyncSettings.ACTION_PROPERTY))
                .value();

        assertTrue(issue.summary().startsWith("Audit the existing list of L3 milestones"));
        assertEquals("womullane", issue.assignee().orElseThrow().id());
        assertEquals(Optional.of(LocalDate.of(2017, 11, 6)), issue.dueDate());
        assertEquals(List.of("meeting-action", "agenda-page-dmlt-f2f-2017-11"), issue.labels());
        assertEquals(
                PAGE_ID + "/9",
                issue.properties().get(SyncSettings.ACTION_PROPERTY).get("actionId"));
        assertTrue(issue.status().isDone());
        assertEquals(
                "the second assignee watches",
                List.of("swinbank"),
                jira.watchers(nine.issueKey()).value().stream()
                        .map(user -> user.id())
                        .toList());
        assertEquals(
                1,
                jira.issuesWithRemoteLinks(List.of(SyncSettings.globalId(PAGE_ID + "/9")), List.of())
                        .value()
                        .size());
        assertFalse(
                "an incomplete action's issue stays open",
                issue(store.records(PAGE_ID).get(PAGE_ID + "/3").issueKey())
                        .status()
                        .isDone());
    }

    @Test
    public void aSecondRunChangesNothingAndLostStateCreatesNothing() {
        run(ReferencePage.meeting());

        SyncReport second = run(ReferencePage.meeting());
        store.clear();
        SyncReport third = run(ReferencePage.meeting());

        assertEquals("created 0, linked 0, updated 0, transitioned 0, unchanged 11, failed 0", second.summaryLine());
        assertEquals(third.summaryLine(), 0, third.count(ActionOutcome.Step.CREATED));
        assertEquals(13, world.issueCount());
        assertEquals(11, store.records(PAGE_ID).size());
        assertTrue(third.inSync());
    }

    @Test
    public void aDryRunSaysWhatItWouldDoAndChangesNothing() {
        SyncReport plan = sync.sync(ReferencePage.meeting(), settings(), true, SyncProgress.none());

        assertEquals(
                "would have created 10, linked 1, updated 0, transitioned 7, unchanged 0, failed 0",
                plan.summaryLine());
        assertEquals(3, world.issueCount());
        assertTrue(store.records(PAGE_ID).isEmpty());
    }

    @Test
    public void unticking3OnThePageReopensAndTickingCloses() {
        run(ReferencePage.meeting());
        String key = store.records(PAGE_ID).get(PAGE_ID + "/3").issueKey();

        SyncReport ticked = run(ReferencePage.edited(setTask(ReferencePage.storage(), 3, "complete")));

        assertTrue(issue(key).status().isDone());
        assertEquals(1, ticked.count(ActionOutcome.Step.TRANSITIONED));
        run(ReferencePage.edited(setTask(ReferencePage.storage(), 3, "incomplete")));
        assertEquals(StatusCategory.TO_DO, issue(key).status().category());
    }

    @Test
    public void doneInJiraIsLeftForThePageToShow() {
        run(ReferencePage.meeting());
        String key = store.records(PAGE_ID).get(PAGE_ID + "/3").issueKey();
        world.moveTo(key, Workflow.DONE);

        SyncReport report = run(ReferencePage.meeting());

        assertTrue(
                "the page's untouched box does not reopen it",
                issue(key).status().isDone());
        assertEquals(0, report.count(ActionOutcome.Step.TRANSITIONED));
        assertTrue(store.records(PAGE_ID).get(PAGE_ID + "/3").jiraDone());
    }

    @Test
    public void pageEditsArePushedJiraEditsKeptAndConflictsReported() {
        run(ReferencePage.meeting());
        String three = store.records(PAGE_ID).get(PAGE_ID + "/3").issueKey();
        String four = store.records(PAGE_ID).get(PAGE_ID + "/4").issueKey();
        jira.editIssue(four, dev.agenda.core.tracker.IssueChanges.none().withSummary("Renamed in Jira"));
        jira.editIssue(three, dev.agenda.core.tracker.IssueChanges.none().withSummary("Jira's words"));
        String edited = ReferencePage.storage()
                .replace("Propose LDM-542 (LSP Design) for RFC", "Propose LDM-542 (LSP Design, v2) for RFC");

        SyncReport report = run(ReferencePage.edited(edited));

        assertEquals("Jira's words", issue(three).summary());
        assertEquals("Renamed in Jira", issue(four).summary());
        ActionOutcome threeOutcome = outcome(report, "/3");
        assertEquals(1, threeOutcome.conflicts().size());
        assertTrue(
                threeOutcome.conflicts().get(0), threeOutcome.conflicts().get(0).startsWith("summary changed"));
        assertTrue(outcome(report, "/4").inSync());
        assertFalse(report.inSync());
    }

    @Test
    public void aPageOnlyEditIsPushed() {
        run(ReferencePage.meeting());
        String key = store.records(PAGE_ID).get(PAGE_ID + "/3").issueKey();

        SyncReport report = run(ReferencePage.edited(ReferencePage.storage()
                .replace("Propose LDM-542 (LSP Design) for RFC", "Propose LDM-542 (LSP Design) for RFC in March")));

        assertTrue(issue(key).summary(), issue(key).summary().endsWith("for RFC in March"));
        assertEquals(1, report.count(ActionOutcome.Step.UPDATED));
        assertTrue(report.inSync());
    }

    @Test
    public void anUnknownProjectStopsTheSyncBeforeAnythingIsCreated() {
        SyncReport report = run(ReferencePage.edited(ReferencePage.storage()
                .replace(
                        "<ac:parameter ac:name=\"project\">DM</ac:parameter>",
                        "<ac:parameter ac:name=\"project\">NOPE</ac:parameter>")));

        assertEquals(
                Optional.of("Jira project NOPE doesn't exist or you don't have permission to view it."
                        + " Nothing was created."),
                report.abort());
        assertEquals(3, world.issueCount());
    }

    @Test
    public void runsThatFailHalfwayNeverDuplicateAndACleanRunConverges() {
        faults.errorRate(0.3);
        for (int run = 0; run < 12; run++) {
            run(ReferencePage.meeting());
            assertTrue("never more than one issue per action", world.issueCount() <= 13);
        }
        faults.errorRate(0);

        SyncReport clean = run(ReferencePage.meeting());
        SyncReport check = run(ReferencePage.meeting());

        assertTrue(clean.summaryLine(), clean.inSync());
        assertEquals(13, world.issueCount());
        assertEquals(check.outcomes().toString(), 11, check.unchanged());
        assertEquals(
                "the seven completed new ones; DM-12813 stays in progress",
                7,
                store.records(PAGE_ID).values().stream()
                        .filter(SyncRecord::jiraDone)
                        .count());
    }

    private Issue issue(String key) {
        return jira.issue(key, List.of()).value();
    }

    private static ActionOutcome outcome(SyncReport report, String suffix) {
        return report.outcomes().stream()
                .filter(o -> o.actionId().endsWith(suffix))
                .findFirst()
                .orElseThrow();
    }

    /** The storage with task {@code id}'s status set. */
    static String setTask(String storage, int id, String status) {
        String marker = "<ac:task-id>" + id + "</ac:task-id>";
        int at = storage.indexOf(marker);
        int start = storage.indexOf("<ac:task-status>", at);
        int end = storage.indexOf("</ac:task-status>", start);
        return storage.substring(0, start) + "<ac:task-status>" + status + storage.substring(end);
    }
}
