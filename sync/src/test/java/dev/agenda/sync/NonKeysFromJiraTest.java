package dev.agenda.sync;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import dev.agenda.core.issues.IssueKey;
import dev.agenda.core.sync.InMemorySyncStateStore;
import dev.agenda.core.sync.InProcessLock;
import dev.agenda.core.sync.SyncRecord;
import dev.agenda.core.tracker.CreatedIssue;
import dev.agenda.core.tracker.IssueTracker;
import dev.agenda.core.tracker.Result;
import dev.agenda.core.tracker.ServerInfo;
import dev.agenda.jira.JiraClientSettings;
import dev.agenda.jira.JiraRestIssueTracker;
import dev.agenda.jira.fake.FakeJira;
import dev.agenda.jira.fake.FakeJiraHttpServer;
import dev.agenda.jira.fake.FakeJiraWorld;
import dev.agenda.jira.fake.FaultPlan;
import dev.agenda.jira.http.RetryPolicy;
import dev.agenda.jira.transport.JdkHttpTransport;
import dev.agenda.jira.transport.JiraCredentials;
import dev.agenda.jira.transport.JiraResponse;
import dev.agenda.jira.wire.DataCenterDialect;
import dev.agenda.testing.ManualClock;
import dev.agenda.testing.ReferencePage;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.net.URI;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.After;
import org.junit.Test;

/**
 * An issue key in an answer from Jira that Jira could not have written ({@code DM-14"]}): it is a bad answer, never
 * stored, so no page, address or look-up of the page script ever holds it; the issue behind it is found again by its
 * handle.
 */
public class NonKeysFromJiraTest {

    private static final String PAGE_ID = "dmlt-f2f-2017-11";
    private static final String NOT_A_KEY = "\"key\":\"$1\\\\\"]\"";

    private final ManualClock clock = new ManualClock(Instant.parse("2017-12-04T17:00:00Z"));
    private final FakeJiraWorld world = FakeJiraWorld.seeded(Clock.fixed(clock.instant(), ZoneOffset.UTC));
    private final InMemorySyncStateStore store = new InMemorySyncStateStore();
    private FakeJiraHttpServer fake;

    @After
    public void stop() {
        if (fake != null) {
            fake.close();
        }
    }

    @Test
    public void aCreateAnsweredWithNonKeysIsABadAnswerAndTheIssuesAreFoundAgainByTheirHandles() {
        fake = FakeJiraHttpServer.start(world, ServerInfo.Deployment.DATA_CENTER, FaultPlan.none())
                .registerToken("womullane", "pat");
        AfterJiraWorked transport = new AfterJiraWorked(
                new JdkHttpTransport(URI.create(fake.baseUrl()), JiraCredentials.personalAccessToken("pat")));
        IssueTracker jira = new JiraRestIssueTracker(
                transport,
                new DataCenterDialect(),
                new JiraClientSettings(RetryPolicy.defaults(), clock, clock, new SplittableRandom(9)));
        int before = world.issueCount();
        transport.mangle(
                "POST /rest/api/2/issue/bulk",
                1,
                real -> new JiraResponse(
                        real.status(), real.headers(), real.body().replaceAll("\"key\":\"(DM-\\d+)\"", NOT_A_KEY)));

        SyncReport report = new ActionSync(jira, store, new InProcessLock(), clock)
                .sync(ReferencePage.meeting(), ActionSyncTest.settings(), false, SyncProgress.none());

        assertEquals(1, transport.spoiled());
        assertEquals(report.summaryLine(), 10, report.count(ActionOutcome.Step.CREATED));
        assertEquals(report.summaryLine(), 0, report.failed());
        assertEquals("nothing was created twice", before + 10, world.issueCount());
        assertEveryStoredKeyIsAJiraKey(11);
    }

    @Test
    public void whateverTheTrackerNothingIsRecordedUnderANonKeyAndTheActionSaysWhy() {
        FakeJira fakeJira = FakeJira.dataCenter(world, "womullane");
        IssueTracker jira = (IssueTracker) Proxy.newProxyInstance(
                IssueTracker.class.getClassLoader(), new Class<?>[] {IssueTracker.class}, (proxy, method, args) -> {
                    if (method.getName().equals("forRun")) {
                        // The run is this tracker too, or the sync would go round it to the fake.
                        return proxy;
                    }
                    Object answer;
                    try {
                        answer = method.invoke(fakeJira, args);
                    } catch (InvocationTargetException e) {
                        throw e.getCause();
                    }
                    if (!method.getName().equals("createIssues")) {
                        return answer;
                    }
                    @SuppressWarnings("unchecked")
                    List<Result<CreatedIssue>> created = (List<Result<CreatedIssue>>) answer;
                    return created.stream()
                            .map(result -> result.map(issue -> new CreatedIssue(issue.id(), issue.key() + "\"]")))
                            .toList();
                });

        SyncReport report = new ActionSync(jira, store, new InProcessLock(), clock)
                .sync(ReferencePage.meeting(), ActionSyncTest.settings(), false, SyncProgress.none());

        assertEquals(report.summaryLine(), 0, report.count(ActionOutcome.Step.CREATED));
        assertEquals(report.summaryLine(), 10, report.failed());
        for (ActionOutcome outcome : report.outcomes()) {
            if (outcome.failed()) {
                String problem = outcome.problem().orElseThrow();
                assertTrue(
                        problem,
                        problem.matches("Jira answered with ‘DM-\\d+\"]’ as the key of this action's issue, which "
                                + "is not a Jira issue key; nothing was recorded, and the next sync looks for the "
                                + "issue again\\."));
                assertEquals(outcome.issueKey().toString(), java.util.Optional.empty(), outcome.issueKey());
            }
        }
        assertEveryStoredKeyIsAJiraKey(1);
    }

    private void assertEveryStoredKeyIsAJiraKey(int records) {
        assertEquals(
                store.records(PAGE_ID).toString(),
                records,
                store.records(PAGE_ID).size());
        for (SyncRecord record : store.records(PAGE_ID).values()) {
            assertTrue(record.issueKey(), IssueKey.isJiraKey(record.issueKey()));
        }
    }
}
