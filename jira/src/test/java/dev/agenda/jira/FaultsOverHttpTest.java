package dev.agenda.jira;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import dev.agenda.core.tracker.CreatedIssue;
import dev.agenda.core.tracker.Description;
import dev.agenda.core.tracker.Issue;
import dev.agenda.core.tracker.NewIssue;
import dev.agenda.core.tracker.Result;
import dev.agenda.core.tracker.ServerInfo;
import dev.agenda.core.tracker.TrackerError;
import dev.agenda.core.tracker.UserLookup;
import dev.agenda.jira.fake.FakeJiraHttpServer;
import dev.agenda.jira.fake.FakeJiraWorld;
import dev.agenda.jira.fake.FaultPlan;
import dev.agenda.jira.http.RetryPolicy;
import dev.agenda.jira.transport.JdkHttpTransport;
import dev.agenda.jira.transport.JiraCredentials;
import dev.agenda.jira.wire.DataCenterDialect;
import dev.agenda.testing.CapturedLogs;
import dev.agenda.testing.ManualClock;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SplittableRandom;
import org.junit.After;
import org.junit.Before;
import org.junit.Test;

/** The client against the fake Jira over HTTP with injected faults: waits asked for, retries bounded by patience. */
public class FaultsOverHttpTest {

    private final ManualClock clock = new ManualClock(Instant.parse("2017-11-30T17:00:00Z"));
    private final FaultPlan faults = new FaultPlan(new SplittableRandom(11));
    private FakeJiraHttpServer fake;
    private JiraRestIssueTracker jira;

    @Before
    public void start() {
        fake = FakeJiraHttpServer.start(
                        FakeJiraWorld.seeded(Clock.fixed(Instant.parse("2017-11-30T17:00:00Z"), ZoneOffset.UTC)),
                        ServerInfo.Deployment.DATA_CENTER,
                        faults)
                .registerToken("womullane", "t0ken");
        jira = new JiraRestIssueTracker(
                new JdkHttpTransport(URI.create(fake.baseUrl()), JiraCredentials.personalAccessToken("t0ken")),
                new DataCenterDialect(),
                new JiraClientSettings(RetryPolicy.defaults(), clock, clock, new SplittableRandom(2)));
    }

    @After
    public void stop() {
        fake.close();
    }

    @Test
    public void aRateLimitedWriteWaitsAsAskedAndIsSentAgainOnce() {
        faults.rateLimitNext(2, Duration.ofSeconds(3));

        Result<CreatedIssue> created = jira.forRun()
                .createIssue(new NewIssue(
                        "DM",
                        "Task",
                        "After the limit",
                        Description.of(),
                        Optional.empty(),
                        Optional.empty(),
                        List.of(),
                        Map.of()));

        assertEquals("DM-12814", created.value().key());
        assertEquals(List.of(Duration.ofSeconds(3), Duration.ofSeconds(3)), clock.pauses());
        assertEquals(3, fake.requestCount("POST /rest/api/2/issue"));
        assertEquals(4, fake.world().issueCount());
    }

    @Test
    public void readsGiveUpWhenTheirPatienceIsUsedUpWhileJiraKeepsFailing() {
        faults.errorRate(1.0);

        Map<String, Result<Issue>> answers = jira.issuesByKey(List.of("DM-12813", "RFC-188"), List.of());

        assertTrue(answers.values().stream()
                .allMatch(r -> r.failure().orElseThrow().kind() == TrackerError.Kind.UNAVAILABLE));
        assertTrue(
                answers.get("DM-12813").failure().orElseThrow().message(),
                answers.get("DM-12813").failure().orElseThrow().message().contains("Jira kept failing for "));
        assertEquals(clock.pauses().size() + 1, fake.requestCount("POST /rest/api/2/search"));
        assertTrue(
                "the waits fit a request's patience: " + clock.pauses(),
                clock.pauses().stream()
                                .reduce(Duration.ZERO, Duration::plus)
                                .compareTo(RetryPolicy.defaults().requestPatience())
                        <= 0);
    }

    @Test
    public void aRequestJiraFailsIsLoggedWithoutItsQueryOrTheToken() {
        faults.errorRate(1.0);
        String logged;
        try (CapturedLogs logs = CapturedLogs.open()) {
            jira.issuesByKey(List.of("DM-12813"), List.of());
            jira.findUser(new UserLookup(UserLookup.By.EMAIL, "wil@example.org"));
            logged = logs.text();
        }

        assertTrue(logged, logged.contains("WARNING POST /rest/api/2/search to "));
        assertTrue(logged, logged.contains("was answered HTTP 5"));
        assertTrue(logged, logged.matches("(?s).*after [2-9] attempt\\(s\\).*"));
        assertTrue("the query, which names a person, is left out: " + logged, !logged.contains("wil@example.org"));
        assertTrue(!logged.contains("t0ken"));
    }

    @Test
    public void aWriteThatFailedWithAServerErrorIsNotSentAgain() {
        faults.errorRate(1.0);

        Result<CreatedIssue> created = jira.createIssue(new NewIssue(
                "DM", "Task", "Once", Description.of(), Optional.empty(), Optional.empty(), List.of(), Map.of()));

        assertEquals(
                TrackerError.Kind.UNAVAILABLE, created.failure().orElseThrow().kind());
        assertEquals(1, fake.requestCount("POST /rest/api/2/issue"));
    }

    @Test
    public void someFailuresAmongManyReadsAreAbsorbedByRetries() {
        faults.errorRate(0.3);

        for (int i = 0; i < 10; i++) {
            assertTrue(jira.project("DM").isOk());
        }
        assertTrue("some requests failed and were retried", fake.requestCount("GET /rest/api/2/project/{key}") > 10);
    }
}
