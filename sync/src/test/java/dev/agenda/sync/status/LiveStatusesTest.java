package dev.agenda.sync.status;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import dev.agenda.core.tracker.IssueStatus;
import dev.agenda.core.tracker.IssueTracker;
import dev.agenda.core.tracker.Result;
import dev.agenda.core.tracker.ServerInfo;
import dev.agenda.core.tracker.StatusCategory;
import dev.agenda.core.tracker.TrackerError;
import dev.agenda.jira.JiraClientSettings;
import dev.agenda.jira.JiraRestIssueTracker;
import dev.agenda.jira.ScheduledPause;
import dev.agenda.jira.fake.FakeJiraHttpServer;
import dev.agenda.jira.fake.FakeJiraWorld;
import dev.agenda.jira.fake.FaultPlan;
import dev.agenda.jira.http.RetryPolicy;
import dev.agenda.jira.transport.JdkHttpTransport;
import dev.agenda.jira.transport.JiraCredentials;
import dev.agenda.jira.wire.DataCenterDialect;
import dev.agenda.testing.ManualClock;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.SplittableRandom;
import org.junit.After;
import org.junit.Before;
import org.junit.Test;

/** Live statuses over the fake Jira served over HTTP, so the searches counted are real requests. */
public class LiveStatusesTest {

    private static final String SEARCH = "POST /rest/api/2/search";

    private final ManualClock clock = new ManualClock(Instant.parse("2017-12-04T17:00:00Z"));
    private final FaultPlan faults = FaultPlan.none();
    private FakeJiraHttpServer fake;
    private Result<IssueTracker> jira;
    private LiveStatuses statuses;
    private StatusMemory memory;

    @Before
    public void start() {
        fake = FakeJiraHttpServer.start(
                        FakeJiraWorld.seeded(Clock.fixed(clock.instant(), ZoneOffset.UTC)),
                        ServerInfo.Deployment.DATA_CENTER,
                        faults)
                .registerToken("womullane", "pat");
        jira = Result.ok(new JiraRestIssueTracker(
                new JdkHttpTransport(URI.create(fake.baseUrl()), JiraCredentials.personalAccessToken("pat")),
                new DataCenterDialect(),
                new JiraClientSettings(RetryPolicy.none(), clock, new ScheduledPause(), new SplittableRandom(1))));
        memory = new StatusMemory();
        statuses = new LiveStatuses(memory, clock, Duration.ofMinutes(1));
    }

    @After
    public void stop() {
        fake.close();
    }

    @Test
    public void unknownKeysAreAskedInOneSearchAndKnownKeysAreNotAskedAgainUnlessFresh() {
        List<String> keys = List.of("DM-12813", "RFC-188", "RFC-243");

        LiveStatuses.Answer first = statuses.statuses("womullane", keys, false, jira);
        assertEquals(1, fake.requestCount(SEARCH));
        assertEquals(
                List.of("DM-12813", "RFC-188", "RFC-243"),
                first.statuses().stream().map(KeyStatus::key).toList());
        assertTrue(first.statuses().stream().allMatch(KeyStatus::current));

        statuses.statuses("womullane", keys, false, jira);
        assertEquals("known and fresh: Jira is not asked", 1, fake.requestCount(SEARCH));

        statuses.statuses("womullane", keys, true, jira);
        assertEquals("the page's Refresh asks again, in one search", 2, fake.requestCount(SEARCH));
    }

    @Test
    public void eachKeyFailsAloneWithItsOwnReason() {
        List<KeyStatus> answer = statuses.statuses("womullane", List.of("DM-12813", "NOPE-1", "DM-999999"), false, jira)
                .statuses();

        assertTrue(answer.get(0).current());
        assertEquals(
                TrackerError.Kind.PROJECT_NOT_FOUND,
                answer.get(1).problem().orElseThrow().kind());
        assertEquals(
                TrackerError.Kind.ISSUE_NOT_FOUND,
                answer.get(2).problem().orElseThrow().kind());
        assertEquals(Optional.empty(), answer.get(1).issue());
    }

    @Test
    public void whenJiraIsUnreachableTheLastKnownStatusIsKeptWithWhenItWasSeen() {
        Instant seen = clock.instant();
        statuses.statuses("womullane", List.of("DM-12813"), false, jira);
        fake.close();
        clock.advance(Duration.ofMinutes(12));

        KeyStatus status = statuses.statuses("womullane", List.of("DM-12813"), true, jira)
                .statuses()
                .get(0);

        assertEquals("In Progress", status.issue().orElseThrow().status().name());
        assertEquals(Optional.of(seen), status.seenAt());
        assertEquals(
                TrackerError.Kind.UNAVAILABLE, status.problem().orElseThrow().kind());
        assertEquals(
                Optional.of("Jira unreachable — showing status from 12 min ago"),
                new StatusWording(clock, ZoneId.of("UTC")).problem(status));
    }

    @Test
    public void afterJiraFailedToAnswerOtherPageViewsDoNotWaitToFindOutAgainButRefreshStillAsks() {
        faults.errorRate(1.0);
        KeyStatus first = statuses.statuses("womullane", List.of("DM-12813"), false, jira)
                .statuses()
                .get(0);
        assertEquals(
                TrackerError.Kind.UNAVAILABLE, first.problem().orElseThrow().kind());
        int asked = fake.requestCount(SEARCH);

        KeyStatus other = statuses.statuses("swinbank", List.of("RFC-188"), false, jira)
                .statuses()
                .get(0);
        assertEquals(
                TrackerError.Kind.UNAVAILABLE, other.problem().orElseThrow().kind());
        assertEquals("not asked again within the half minute", asked, fake.requestCount(SEARCH));

        statuses.statuses("swinbank", List.of("RFC-188"), true, jira);
        assertEquals("Refresh asks", asked + 1, fake.requestCount(SEARCH));

        faults.errorRate(0);
        clock.advance(LiveStatuses.UNREACHABLE_HOLD);
        assertTrue(statuses.statuses("womullane", List.of("RFC-243"), false, jira)
                .statuses()
                .get(0)
                .current());
    }

    @Test
    public void aViewerNeverGetsWhatAnotherViewerSaw() {
        statuses.statuses("womullane", List.of("DM-12813"), false, jira);
        Result<IssueTracker> noConsent =
                Result.failed(TrackerError.of(TrackerError.Kind.NOT_AUTHENTICATED, "authorise"));

        KeyStatus other = statuses.statuses("swinbank", List.of("DM-12813"), false, noConsent)
                .statuses()
                .get(0);

        assertEquals(Optional.empty(), other.issue());
        assertEquals(
                TrackerError.Kind.NOT_AUTHENTICATED,
                other.problem().orElseThrow().kind());
    }

    @Test
    public void aViewerWithoutPermissionOnTheProjectSeesNoPermissionNeverTheSummaryCachedForAnother() {
        fake.registerToken("swinbank", "pat-2");
        fake.world().hideProject("swinbank", "DM");
        Result<IssueTracker> asSwinbank = Result.ok(new JiraRestIssueTracker(
                new JdkHttpTransport(URI.create(fake.baseUrl()), JiraCredentials.personalAccessToken("pat-2")),
                new DataCenterDialect(),
                new JiraClientSettings(RetryPolicy.none(), clock, new ScheduledPause(), new SplittableRandom(2))));
        statuses.statuses("womullane", List.of("DM-12813"), false, jira);

        KeyStatus seen = statuses.statuses("swinbank", List.of("DM-12813"), false, asSwinbank)
                .statuses()
                .get(0);

        assertEquals(Optional.empty(), seen.issue());
        assertEquals(
                TrackerError.Kind.PROJECT_NOT_FOUND,
                seen.problem().orElseThrow().kind());
        assertTrue(
                "the other viewer still has theirs",
                statuses.statuses("womullane", List.of("DM-12813"), false, jira)
                        .statuses()
                        .get(0)
                        .current());
    }

    @Test
    public void anIssueJiraStopsShowingIsForgottenNotShownFromMemory() {
        statuses.statuses("womullane", List.of("DM-12813"), false, jira);
        fake.world().hideProject("womullane", "DM");

        KeyStatus status = statuses.statuses("womullane", List.of("DM-12813"), true, jira)
                .statuses()
                .get(0);

        assertEquals(Optional.empty(), status.issue());
        assertFalse(status.current());
    }

    @Test
    public void staleEntriesAreAnsweredAtOnceAndReportedForABackgroundRefresh() {
        statuses.statuses("womullane", List.of("DM-12813"), false, jira);
        fake.world().moveTo("DM-12813", new IssueStatus("Done", StatusCategory.DONE));
        clock.advance(Duration.ofMinutes(2));

        LiveStatuses.Answer answer = statuses.statuses("womullane", List.of("DM-12813"), false, jira);
        assertEquals(List.of("DM-12813"), answer.stale());
        assertEquals(
                "answered from memory, not asked",
                "In Progress",
                answer.statuses().get(0).issue().orElseThrow().status().name());
        assertEquals(1, fake.requestCount(SEARCH));

        assertEquals(1, statuses.refresh("womullane", answer.stale(), jira));
        LiveStatuses.Answer after = statuses.statuses("womullane", List.of("DM-12813"), false, jira);
        assertEquals(
                "Done", after.statuses().get(0).issue().orElseThrow().status().name());
        assertEquals(List.of(), after.stale());
    }

    @Test
    public void withoutATrackerEveryKeyIsAnsweredWithWhy() {
        Result<IssueTracker> none = Result.failed(TrackerError.of(TrackerError.Kind.UNAVAILABLE, "down"));

        List<KeyStatus> answer = statuses.statuses("womullane", List.of("DM-1", "DM-2"), false, none)
                .statuses();

        assertEquals(2, answer.size());
        assertTrue(answer.stream()
                .allMatch(
                        status -> status.problem().isPresent() && status.issue().isEmpty()));
        assertEquals(0, fake.requestCount());
    }

    @Test
    public void theMemoryIsBoundedAndForgetsTheLeastRecentlyUsed() {
        StatusMemory small = new StatusMemory(2);
        StatusMemory.Entry entry = new StatusMemory.Entry(
                Optional.empty(), Optional.empty(), Optional.of(TrackerError.issueNotFound("DM-1")), clock.instant());
        small.put("a", "DM-1", entry);
        small.put("a", "DM-2", entry);
        small.get("a", "DM-1");
        small.put("a", "DM-3", entry);

        assertEquals(2, small.size());
        assertTrue(small.get("a", "DM-1").isPresent());
        assertFalse(small.get("a", "DM-2").isPresent());
    }
}
