package dev.agenda.sync;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import dev.agenda.core.sync.InMemorySyncStateStore;
import dev.agenda.core.sync.InProcessLock;
import dev.agenda.core.tracker.IssueTracker;
import dev.agenda.core.tracker.Result;
import dev.agenda.core.tracker.ServerInfo;
import dev.agenda.core.tracker.TrackerError;
import dev.agenda.jira.JiraClientSettings;
import dev.agenda.jira.JiraRestIssueTracker;
import dev.agenda.jira.fake.FakeJiraHttpServer;
import dev.agenda.jira.fake.FakeJiraWorld;
import dev.agenda.jira.fake.FaultPlan;
import dev.agenda.jira.http.RetryPolicy;
import dev.agenda.jira.transport.JdkHttpTransport;
import dev.agenda.jira.transport.JiraCredentials;
import dev.agenda.jira.transport.JiraResponse;
import dev.agenda.jira.wire.DataCenterDialect;
import dev.agenda.sync.status.KeyStatus;
import dev.agenda.sync.status.LiveStatuses;
import dev.agenda.sync.status.StatusMemory;
import dev.agenda.sync.status.StatusWording;
import dev.agenda.testing.ManualClock;
import dev.agenda.testing.ReferencePage;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.junit.After;
import org.junit.Before;
import org.junit.Test;

/**
 * Jira answering garbage — an HTML error page with status 200, a truncated body, invalid JSON — as proxies and
 * overloaded servers do: the page keeps the last known statuses with their age, and the sync reports, retries and
 * still creates exactly one issue per action.
 */
public class GarbageFromJiraTest {

    private static final List<String> GARBAGE =
            List.of("<html><body>502 Proxy Error</body></html>", "{\"issues\":[{\"key\":\"DM-1", "not json at all");

    private final ManualClock clock = new ManualClock(Instant.parse("2017-12-04T17:00:00Z"));
    private FakeJiraHttpServer fake;
    private AfterJiraWorked transport;
    private IssueTracker jira;

    @Before
    public void start() {
        fake = FakeJiraHttpServer.start(
                        FakeJiraWorld.seeded(Clock.fixed(clock.instant(), ZoneOffset.UTC)),
                        ServerInfo.Deployment.DATA_CENTER,
                        FaultPlan.none())
                .registerToken("womullane", "pat");
        transport = new AfterJiraWorked(
                new JdkHttpTransport(URI.create(fake.baseUrl()), JiraCredentials.personalAccessToken("pat")));
        jira = new JiraRestIssueTracker(
                transport,
                new DataCenterDialect(),
                new JiraClientSettings(RetryPolicy.defaults(), clock, clock, new SplittableRandom(9)));
    }

    @After
    public void stop() {
        fake.close();
    }

    @Test
    public void garbledStatusAnswersKeepTheLastKnownStatusAndSayHowOldItIs() {
        LiveStatuses statuses = new LiveStatuses(new StatusMemory(), clock, Duration.ofMinutes(1));
        statuses.statuses("womullane", List.of("DM-12813", "RFC-188"), false, Result.ok(jira));
        clock.advance(Duration.ofMinutes(12));

        for (int round = 0; round < GARBAGE.size(); round++) {
            transport.spoil("POST /rest/api/2/search", 10, GarbageFromJiraTest::garbage);
            List<KeyStatus> answer = statuses.statuses(
                            "womullane", List.of("DM-12813", "RFC-188"), true, Result.ok(jira))
                    .statuses();

            for (KeyStatus status : answer) {
                assertTrue(status.issue().isPresent());
                assertEquals(
                        TrackerError.Kind.BAD_RESPONSE,
                        status.problem().orElseThrow().kind());
                assertTrue(new StatusWording(clock, ZoneId.of("UTC"))
                        .problem(status)
                        .orElseThrow()
                        .startsWith("Jira answered something unreadable — showing status from 1"));
            }
        }
    }

    @Test
    public void aGarbledAnswerToTheCreateIsReportedAndTheNextSyncCreatesNothingTwice() {
        InMemorySyncStateStore store = new InMemorySyncStateStore();
        ActionSync sync = new ActionSync(jira, store, new InProcessLock(), clock);
        int before = fake.world().issueCount();

        transport.spoil("POST /rest/api/2/issue/bulk", 1, GarbageFromJiraTest::garbage);
        SyncReport first = sync.sync(ReferencePage.meeting(), ActionSyncTest.settings(), false, SyncProgress.none());
        SyncReport second = sync.sync(ReferencePage.meeting(), ActionSyncTest.settings(), false, SyncProgress.none());

        assertEquals(
                "the issues Jira created behind the garbled answer were found again, not created twice",
                before + 10,
                fake.world().issueCount());
        assertEquals(first.summaryLine(), 10, first.count(ActionOutcome.Step.CREATED));
        assertTrue(second.summaryLine(), second.inSync());
        assertEquals(0, second.count(ActionOutcome.Step.CREATED));
        assertEquals(
                "one issue per new action, whatever the garbage",
                before + 10,
                fake.world().issueCount());
    }

    /** What a mangling proxy makes of an answer: an HTML error page, a truncated body, or no JSON at all. */
    private static JiraResponse garbage(int nth) {
        return new JiraResponse(200, Map.of(), GARBAGE.get(nth % GARBAGE.size()));
    }
}
