package dev.agenda.confluence.status;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import dev.agenda.core.tracker.Issue;
import dev.agenda.core.tracker.IssueStatus;
import dev.agenda.core.tracker.IssueTracker;
import dev.agenda.core.tracker.Result;
import dev.agenda.core.tracker.StatusCategory;
import dev.agenda.core.tracker.TrackerError;
import dev.agenda.jira.fake.FakeJira;
import dev.agenda.jira.fake.FakeJiraWorld;
import dev.agenda.services.jira.JiraSession;
import dev.agenda.services.jira.ViewerJiraAccess;
import dev.agenda.services.status.RecentSyncs;
import dev.agenda.sync.status.LiveStatuses;
import dev.agenda.sync.status.StatusMemory;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.junit.Test;

public class StatusRefreshRunnerTest {

    private final Clock clock = Clock.fixed(Instant.parse("2017-12-04T17:00:00Z"), ZoneOffset.UTC);
    private final FakeJiraWorld world = FakeJiraWorld.seeded(clock);
    private final FakeJira jira = FakeJira.dataCenter(world, "womullane");
    private final RecentSyncs recent = new RecentSyncs();
    private final StatusMemory memory = new StatusMemory();
    private final ViewerJiraAccess asWomullane = new ViewerJiraAccess() {
        @Override
        public <T> T asViewer(String viewerKey, Function<JiraSession, T> work) {
            return work.apply(
                    viewerKey.equals("womullane-key")
                            ? JiraSession.of(Result.ok((IssueTracker) jira))
                            : JiraSession.of(
                                    Result.failed(TrackerError.of(TrackerError.Kind.NOT_AUTHENTICATED, "no consent"))));
        }
    };
    private final StatusRefreshRunner runner =
            new StatusRefreshRunner(recent, asWomullane, new LiveStatuses(memory, clock), clock);

    @Test
    public void fillsTheCacheWithEachRecentPagesStatusesAsItsViewerSeesThem() {
        String key = world.issueKeys().get(0);
        IssueStatus status = jira.issue(key, List.of()).value().status();
        recent.record(new RecentSyncs.Entry(
                "womullane-key",
                "65538",
                List.of(key, "DM-999999"),
                clock.instant().minus(Duration.ofHours(1))));

        String message = runner.runJob(null).getMessage();

        assertEquals(
                Optional.of(status),
                memory.get("womullane-key", key)
                        .flatMap(StatusMemory.Entry::lastKnown)
                        .map(Issue::status));
        assertEquals("another viewer has their own entries", Optional.empty(), memory.get("swinbank-key", key));
        assertEquals(
                "an issue Jira does not have is remembered as missing, without an issue",
                TrackerError.Kind.ISSUE_NOT_FOUND,
                memory.get("womullane-key", "DM-999999")
                        .orElseThrow()
                        .problem()
                        .orElseThrow()
                        .kind());
        assertEquals(
                "refreshed 2 statuses of 1 recently synced pages; skipped 0 whose viewer's Jira did not answer",
                message);
    }

    @Test
    public void aLaterRunSeesWhatChangedInJira() {
        String key = world.issueKeys().get(0);
        recent.record(new RecentSyncs.Entry("womullane-key", "65538", List.of(key), clock.instant()));
        runner.runJob(null);

        world.moveTo(key, new IssueStatus("Done", StatusCategory.DONE));
        runner.runJob(null);

        assertTrue(memory.get("womullane-key", key)
                .orElseThrow()
                .lastKnown()
                .orElseThrow()
                .status()
                .isDone());
    }

    @Test
    public void oldPagesAndViewersWithoutJiraAreLeftOut() {
        String key = world.issueKeys().get(0);
        recent.record(new RecentSyncs.Entry(
                "womullane-key",
                "1",
                List.of(key),
                clock.instant().minus(StatusRefreshRunner.WINDOW).minusSeconds(1)));
        recent.record(new RecentSyncs.Entry("revoked-key", "2", List.of(key), clock.instant()));

        String message = runner.runJob(null).getMessage();

        assertEquals(Optional.empty(), memory.get("womullane-key", key));
        assertEquals(Optional.empty(), memory.get("revoked-key", key));
        assertEquals(
                "refreshed 0 statuses of 1 recently synced pages; skipped 1 whose viewer's Jira did not answer",
                message);
    }
}
