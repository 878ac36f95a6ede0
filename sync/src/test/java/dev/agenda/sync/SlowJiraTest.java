package dev.agenda.sync;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
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
import dev.agenda.jira.transport.JiraTransportException;
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
import java.util.SplittableRandom;
import org.junit.After;
import org.junit.Before;
import org.junit.Test;

/**
 * Jira too slow to answer within the client's timeout, as an overloaded Jira is: the page keeps the last known statuses
 * with their age; a sync says it stopped; and creates Jira carried out but answered too late are found again by the
 * next sync, not made twice.
 */
public class SlowJiraTest {

    /** Far beyond the client's timeout, so every answer is given up on while Jira is slow. */
    private static final Duration SLOW = Duration.ofSeconds(3);

    private final ManualClock clock = new ManualClock(Instant.parse("2017-12-04T17:00:00Z"));
    private FakeJiraHttpServer fake;
    private IssueTracker jira;

    @Before
    public void start() {
        fake = FakeJiraHttpServer.start(
                        FakeJiraWorld.seeded(Clock.fixed(clock.instant(), ZoneOffset.UTC)),
                        ServerInfo.Deployment.DATA_CENTER,
                        FaultPlan.none())
                .registerToken("womullane", "pat");
        jira = new JiraRestIssueTracker(
                jiraTransport(),
                new DataCenterDialect(),
                new JiraClientSettings(RetryPolicy.defaults(), clock, clock, new SplittableRandom(3)));
    }

    @After
    public void stop() {
        fake.close();
    }

    @Test
    public void statusesJiraIsTooSlowToGiveKeepTheLastKnownOnesWithTheirAge() {
        LiveStatuses statuses = new LiveStatuses(new StatusMemory(), clock, Duration.ofMinutes(1));
        statuses.statuses("womullane", List.of("DM-12813", "RFC-188"), false, Result.ok(jira));
        clock.advance(Duration.ofMinutes(12));
        fake.faults().latency(SLOW);

        List<KeyStatus> answer = statuses.statuses("womullane", List.of("DM-12813", "RFC-188"), true, Result.ok(jira))
                .statuses();

        for (KeyStatus status : answer) {
            assertTrue("the last known issue is kept", status.issue().isPresent());
            assertFalse(status.current());
            assertEquals(
                    TrackerError.Kind.UNAVAILABLE,
                    status.problem().orElseThrow().kind());
            assertEquals(
                    "Jira unreachable — showing status from 12 min ago",
                    new StatusWording(clock, ZoneId.of("UTC")).problem(status).orElseThrow());
        }
    }

    @Test
    public void aSyncJiraIsTooSlowForStopsAtOnceAndSaysSo() {
        ActionSync sync = new ActionSync(jira, new InMemorySyncStateStore(), new InProcessLock(), clock);
        int before = fake.world().issueCount();
        fake.faults().latency(SLOW);

        SyncReport slow = sync.sync(ReferencePage.meeting(), ActionSyncTest.settings(), false, SyncProgress.none());

        assertTrue(slow.summaryLine(), slow.abort().orElseThrow().contains("Jira"));
        assertFalse(slow.inSync());
        assertEquals("nothing was created blind", before, fake.world().issueCount());
    }

    @Test
    public void createsWhoseAnswersCameTooLateAreFoundAgainNotMadeTwice() {
        InMemorySyncStateStore store = new InMemorySyncStateStore();
        AfterJiraWorked late = new AfterJiraWorked(jiraTransport());
        IssueTracker lateJira = new JiraRestIssueTracker(
                late,
                new DataCenterDialect(),
                new JiraClientSettings(RetryPolicy.defaults(), clock, clock, new SplittableRandom(4)));
        ActionSync sync = new ActionSync(lateJira, store, new InProcessLock(), clock);
        int before = fake.world().issueCount();
        late.spoil("POST /rest/api/2/issue/bulk", Integer.MAX_VALUE, nth -> {
            throw new JiraTransportException(JiraTransportException.Kind.TIMEOUT, "no answer within 250 ms");
        });

        SyncReport first = sync.sync(ReferencePage.meeting(), ActionSyncTest.settings(), false, SyncProgress.none());
        late.spoil("", 0, nth -> null);
        SyncReport second = sync.sync(ReferencePage.meeting(), ActionSyncTest.settings(), false, SyncProgress.none());

        assertTrue("the bulk create was sent and given up on", late.spoiled() > 0);
        assertEquals(
                "one issue per new action: what the late creates made was found again, not made twice",
                before + 10,
                fake.world().issueCount());
        assertTrue(second.summaryLine(), second.inSync());
        assertEquals(second.summaryLine(), 0, second.count(ActionOutcome.Step.CREATED));
        assertEquals(first.summaryLine() + " / " + second.summaryLine(), 10, first.count(ActionOutcome.Step.CREATED));
    }

    private JdkHttpTransport jiraTransport() {
        return new JdkHttpTransport(
                URI.create(fake.baseUrl()),
                JiraCredentials.personalAccessToken("pat"),
                Duration.ofSeconds(2),
                Duration.ofMillis(250));
    }
}
