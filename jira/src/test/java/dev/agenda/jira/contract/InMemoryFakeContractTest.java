package dev.agenda.jira.contract;

import dev.agenda.core.tracker.IssueTracker;
import dev.agenda.core.tracker.ServerInfo;
import dev.agenda.jira.fake.FakeJira;
import dev.agenda.jira.fake.FakeJiraWorld;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.Before;

/**
 * The contract against the fake Jira in memory ({@link FakeJira} over a freshly seeded {@link FakeJiraWorld}), without
 * HTTP or the REST client: the backend the sync and CLI tests use, held to what the client sees over HTTP.
 */
public class InMemoryFakeContractTest extends IssueTrackerContract {

    private FakeJira jira;

    @Before
    public void seed() {
        FakeJiraWorld world = FakeJiraWorld.seeded(Clock.fixed(Instant.parse("2017-11-30T17:00:00Z"), ZoneOffset.UTC));
        jira = FakeJira.dataCenter(world, "womullane");
    }

    @Override
    protected IssueTracker tracker() {
        return jira;
    }

    @Override
    protected ServerInfo.Deployment deployment() {
        return ServerInfo.Deployment.DATA_CENTER;
    }
}
