package dev.agenda.app;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import dev.agenda.core.sync.InMemorySyncStateStore;
import dev.agenda.core.sync.InProcessLock;
import dev.agenda.core.tracker.ServerInfo;
import dev.agenda.jira.JiraClientSettings;
import dev.agenda.jira.fake.Arrival;
import dev.agenda.jira.fake.FakeJira;
import dev.agenda.jira.fake.FakeJiraHttpServer;
import dev.agenda.jira.fake.FakeJiraWorld;
import dev.agenda.jira.fake.FaultPlan;
import dev.agenda.jira.http.RetryPolicy;
import dev.agenda.sync.ActionSync;
import dev.agenda.sync.SyncProgress;
import dev.agenda.sync.SyncSettings;
import dev.agenda.testing.ManualClock;
import dev.agenda.testing.ReferencePage;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SplittableRandom;
import java.util.TreeMap;
import org.junit.After;
import org.junit.Before;
import org.junit.Rule;
import org.junit.Test;
import org.junit.rules.TemporaryFolder;

/**
 * Issue 14: {@code agenda sync} of the reference page against a Jira that answers about a third of its requests 503
 * and rate-limits bursts with 429 and {@code Retry-After} — over HTTP, the fake's seeded fault plan — finishes in one
 * run, exit 0, every action with exactly one issue and every link, watcher and transition in place, and no request
 * sent again before the wait Jira asked for had passed. Time is a manual clock that only the client's waits move,
 * shared with the fake's record of arrivals, so the run takes no real waiting and its order is exact.
 */
public class SyncAgainstAStrugglingJiraTest {

    @Rule
    public final TemporaryFolder temp = new TemporaryFolder();

    private final ManualClock clock = new ManualClock(Instant.parse("2017-11-02T19:00:00Z"));
    private FakeJiraHttpServer fake;
    private Path state;

    @Before
    public void start() throws IOException {
        fake = FakeJiraHttpServer.builder(
                        FakeJiraWorld.seeded(CliRun.NOON_UTC_DAY_ONE), ServerInfo.Deployment.DATA_CENTER)
                .faults(FaultPlan.struggling(new SplittableRandom(14), Duration.ofSeconds(2)))
                .arrivalClock(clock)
                .start()
                .registerToken("womullane", SyncCommandTest.TOKEN);
        state = temp.newFolder("state").toPath();
    }

    @After
    public void stop() {
        fake.close();
    }

    @Test
    public void theReferencePageSyncsInOneRunWithNoDuplicateAndNoRequestBeforeTheWaitJiraAskedFor() {
        CliRun run = CliRun.runWith(
                Map.of("JIRA_TOKEN", SyncCommandTest.TOKEN),
                new JiraClientSettings(RetryPolicy.defaults(), clock, clock, new SplittableRandom(4)),
                "sync",
                SyncCommandTest.PAGE,
                "--users",
                SyncCommandTest.USERS,
                "--jira",
                fake.baseUrl(),
                "--state",
                state.toString(),
                "--page-url",
                "https://confluence.example.org/x/dmlt",
                "--jira-patience",
                "30m");

        List<Arrival> arrivals = fake.arrivals();
        assertEquals(run.out + run.err, 0, run.exitCode);
        assertEquals(
                "created 10, linked 1, updated 0, transitioned 7, unchanged 0, failed 0",
                SyncCommandTest.lastLine(run));
        assertEquals("one issue per action, none twice", 13, fake.world().issueCount());
        assertTrue("Jira failed requests: " + statuses(arrivals), count(arrivals, 503) > arrivals.size() / 5);
        assertTrue("Jira rate-limited requests: " + statuses(arrivals), count(arrivals, 429) >= 3);
        assertEquals("no request sent again before its wait was over", List.of(), sentAgainEarly(arrivals));
        for (String key : fake.world().issueKeys()) {
            if (!key.equals("RFC-188") && !key.equals("RFC-243")) {
                assertEquals(
                        key + " is linked back to the page once",
                        1,
                        fake.world().state(key).orElseThrow().remoteLinks().size());
            }
        }
        assertEquals("the watchers a run nothing failed in adds", watchersOfAnUntroubledSync(), watchers(fake.world()));
        fake.faults().clear();
        CliRun check = CliRun.runWith(
                Map.of("JIRA_TOKEN", SyncCommandTest.TOKEN),
                "sync",
                SyncCommandTest.PAGE,
                "--users",
                SyncCommandTest.USERS,
                "--jira",
                fake.baseUrl(),
                "--state",
                state.toString(),
                "--page-url",
                "https://confluence.example.org/x/dmlt");
        assertEquals(
                "the next run finds nothing left to do",
                "created 0, linked 0, updated 0, transitioned 0, unchanged 11, failed 0",
                SyncCommandTest.lastLine(check));
    }

    /** Each request Jira answered 429 whose next sending arrived before the wait the 429 asked for was over. */
    static List<String> sentAgainEarly(List<Arrival> arrivals) {
        List<String> early = new ArrayList<>();
        Map<String, Arrival> lastLimited = new HashMap<>();
        for (Arrival arrival : arrivals) {
            Arrival limited = lastLimited.remove(arrival.request());
            if (limited != null && arrival.at().isBefore(limited.waitEnds())) {
                early.add(arrival.request() + " at " + arrival.at() + ", asked to wait until " + limited.waitEnds());
            }
            if (arrival.rateLimited()) {
                lastLimited.put(arrival.request(), arrival);
            }
        }
        return early;
    }

    private static long count(List<Arrival> arrivals, int status) {
        return arrivals.stream().filter(arrival -> arrival.status() == status).count();
    }

    private static Map<Integer, Long> statuses(List<Arrival> arrivals) {
        Map<Integer, Long> counts = new TreeMap<>();
        arrivals.forEach(arrival -> counts.merge(arrival.status(), 1L, Long::sum));
        return counts;
    }

    private static Map<String, Integer> watchersOfAnUntroubledSync() {
        FakeJiraWorld world = FakeJiraWorld.seeded(CliRun.NOON_UTC_DAY_ONE);
        new ActionSync(
                        new FakeJira(world, "womullane", ServerInfo.Deployment.DATA_CENTER, FaultPlan.none()),
                        new InMemorySyncStateStore(),
                        new InProcessLock(),
                        CliRun.NOON_UTC_DAY_ONE)
                .sync(
                        ReferencePage.meeting(),
                        new SyncSettings(
                                Optional.empty(),
                                "DMLT F2F 2017-11",
                                "https://confluence.example.org/x/dmlt",
                                Duration.ofSeconds(5),
                                SyncSettings.DEFAULT_PARALLELISM),
                        false,
                        SyncProgress.none());
        return watchers(world);
    }

    private static Map<String, Integer> watchers(FakeJiraWorld world) {
        Map<String, Integer> counts = new TreeMap<>();
        world.issueKeys()
                .forEach(key -> counts.put(
                        key, world.state(key).orElseThrow().watchers().size()));
        return counts;
    }
}
