package dev.agenda.sync;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import dev.agenda.core.sync.InMemorySyncStateStore;
import dev.agenda.core.sync.InProcessLock;
import dev.agenda.core.tracker.ServerInfo;
import dev.agenda.jira.JiraClientSettings;
import dev.agenda.jira.JiraRestIssueTracker;
import dev.agenda.jira.fake.FakeJiraHttpServer;
import dev.agenda.jira.fake.FakeJiraWorld;
import dev.agenda.jira.fake.FaultPlan;
import dev.agenda.jira.http.RetryPolicy;
import dev.agenda.jira.transport.JdkHttpTransport;
import dev.agenda.jira.transport.JiraCredentials;
import dev.agenda.jira.transport.JiraRequest;
import dev.agenda.jira.transport.JiraResponse;
import dev.agenda.jira.transport.JiraTransport;
import dev.agenda.jira.transport.JiraTransportException;
import dev.agenda.jira.wire.DataCenterDialect;
import dev.agenda.testing.ManualClock;
import dev.agenda.testing.ReferencePage;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.After;
import org.junit.Before;
import org.junit.Test;

/**
 * The sync through the real Jira client against the fake Jira over HTTP while 30% of requests fail with 500/503 and
 * bursts are refused with 429 and {@code Retry-After}: reruns converge, nothing is duplicated, and no request is ever
 * sent before the wait Jira asked for has passed (checked on the client's own clock, which only waiting advances).
 */
public class SyncOverFaultyHttpTest {

    /** Records every request sent before the Retry-After of the previous 429 had passed. */
    private static final class RetryAfterGuard implements JiraTransport {
        private final JiraTransport delegate;
        private final Clock clock;
        private Instant notBefore = Instant.MIN;
        private final List<String> violations = new ArrayList<>();
        private int rateLimited;

        RetryAfterGuard(JiraTransport delegate, Clock clock) {
            this.delegate = delegate;
            this.clock = clock;
        }

        @Override
        public synchronized JiraResponse execute(JiraRequest request) throws JiraTransportException {
            if (clock.instant().isBefore(notBefore)) {
                violations.add(request + " at " + clock.instant() + ", not before " + notBefore);
            }
            JiraResponse response = delegate.execute(request);
            if (response.status() == 429) {
                rateLimited++;
                long seconds = Long.parseLong(response.header("Retry-After").orElse("0"));
                notBefore = clock.instant().plusSeconds(seconds);
            }
            return response;
        }

        @Override
        public String describe() {
            return delegate.describe();
        }
    }

    private final ManualClock clientClock = new ManualClock(Instant.parse("2017-12-04T17:00:00Z"));
    private final FaultPlan faults = new FaultPlan(new SplittableRandom(2017));
    private FakeJiraHttpServer fake;
    private RetryAfterGuard guard;
    private JiraRestIssueTracker jira;

    @Before
    public void start() {
        Clock jiraClock = Clock.fixed(Instant.parse("2017-12-04T17:00:00Z"), ZoneOffset.UTC);
        fake = FakeJiraHttpServer.start(FakeJiraWorld.seeded(jiraClock), ServerInfo.Deployment.DATA_CENTER, faults)
                .registerToken("womullane", "pat");
        guard = new RetryAfterGuard(
                new JdkHttpTransport(URI.create(fake.baseUrl()), JiraCredentials.personalAccessToken("pat")),
                clientClock);
        jira = new JiraRestIssueTracker(
                guard,
                new DataCenterDialect(),
                new JiraClientSettings(RetryPolicy.defaults(), clientClock, clientClock, new SplittableRandom(4)));
    }

    @After
    public void stop() {
        fake.close();
    }

    @Test
    public void rerunsConvergeWithoutDuplicatesAndRetryAfterIsNeverViolated() {
        InMemorySyncStateStore store = new InMemorySyncStateStore();
        ActionSync sync = new ActionSync(jira, store, new InProcessLock(), clientClock);
        faults.errorRate(0.3);
        SyncReport report = null;
        int runs = 0;
        while (runs < 15 && (report == null || !report.inSync())) {
            faults.rateLimitNext(3, Duration.ofSeconds(2 + runs));
            report = sync.sync(ReferencePage.meeting(), ActionSyncTest.settings(), false, SyncProgress.none());
            runs++;
            assertTrue("never more than one issue per action", fake.world().issueCount() <= 13);
        }

        assertTrue(runs + " runs: " + report.summaryLine() + " " + report.abort(), report.inSync());
        assertEquals(13, fake.world().issueCount());
        assertEquals(List.of(), guard.violations);
        assertTrue("Jira did rate-limit the sync", guard.rateLimited >= 3);
        faults.errorRate(0);
        SyncReport check = sync.sync(ReferencePage.meeting(), ActionSyncTest.settings(), false, SyncProgress.none());
        assertEquals("created 0, linked 0, updated 0, transitioned 0, unchanged 11, failed 0", check.summaryLine());
    }
}
