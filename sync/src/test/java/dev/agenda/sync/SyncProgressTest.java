package dev.agenda.sync;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import dev.agenda.core.sync.InMemorySyncStateStore;
import dev.agenda.core.sync.InProcessLock;
import dev.agenda.core.tracker.ServerInfo;
import dev.agenda.jira.fake.FakeJira;
import dev.agenda.jira.fake.FakeJiraWorld;
import dev.agenda.jira.fake.FaultPlan;
import dev.agenda.testing.ReferencePage;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.Test;

/**
 * A sync's progress moves as it goes: each action counts as soon as it has its issue (linked or created) or has
 * failed, not only in the last pass that brings issues up to date — with a slow Jira, that pass comes last, after
 * most of the run's time.
 */
public class SyncProgressTest {

    private final Clock clock = Clock.fixed(Instant.parse("2017-12-04T17:00:00Z"), ZoneOffset.UTC);
    private final FakeJira jira = new FakeJira(
            FakeJiraWorld.seeded(clock),
            "womullane",
            ServerInfo.Deployment.DATA_CENTER,
            new FaultPlan(new SplittableRandom(5)));
    private final ActionSync sync = new ActionSync(jira, new InMemorySyncStateStore(), new InProcessLock(), clock);

    /** One count heard, with how many links back to the page Jira had been sent by then. */
    private record Heard(int done, int total, int linksBack) {}

    @Test
    public void eachActionCountsAsSoonAsItHasItsIssueWhileTheOthersAreStillBeingLinked() {
        List<Heard> heard = new CopyOnWriteArrayList<>();
        SyncProgress listening =
                (done, total, actionId) -> heard.add(new Heard(done, total, jira.operationCount("putRemoteLink")));

        SyncReport report = sync.sync(ReferencePage.meeting(), ActionSyncTest.settings(), false, listening);

        int actions = report.outcomes().size();
        int linksBack = jira.operationCount("putRemoteLink");
        assertEquals("the reference page's eleven actions each link back once", 11, linksBack);
        assertEquals("the bar knows its total before any action is through", new Heard(0, actions, 0), heard.get(0));
        Heard firstCounted =
                heard.stream().filter(h -> h.done() > 0).findFirst().orElseThrow();
        assertTrue(
                "the first action counted while others still waited for their issue: " + heard,
                firstCounted.linksBack() < linksBack);
        assertEquals(
                "every action counted once, ending at the total",
                actions,
                heard.stream().mapToInt(Heard::done).max().orElseThrow());
        assertEquals(actions + 1, heard.size());
        assertTrue(heard.stream().allMatch(h -> h.total() == actions));
    }
}
