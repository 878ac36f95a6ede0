package dev.agenda.jira.fake;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import dev.agenda.core.tracker.Issue;
import dev.agenda.core.tracker.Result;
import dev.agenda.core.tracker.ServerInfo;
import dev.agenda.core.tracker.TrackerError;
import dev.agenda.core.tracker.UserLookup;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.junit.Test;

/** What the in-memory fake adds to the world: acting as a user, pretending a deployment, and injected faults. */
public class FakeJiraTest {

    private final FakeJiraWorld world = FakeJiraWorld.seeded(Clock.fixed(Instant.parse("2017-11-30T17:00:00Z"),
            ZoneOffset.UTC));

    @Test
    public void injectedFaultsBecomeTheErrorsTheRestClientWouldReport() {
        FaultPlan faults = new FaultPlan(new SplittableRandom(3)).rateLimitNext(1, Duration.ofSeconds(5));
        FakeJira jira = new FakeJira(world, "womullane", ServerInfo.Deployment.DATA_CENTER, faults);

        TrackerError limited = jira.project("DM").failure().orElseThrow();
        assertEquals(TrackerError.Kind.RATE_LIMITED, limited.kind());
        assertEquals(Duration.ofSeconds(5), limited.retryAfter().orElseThrow());
        assertTrue(jira.project("DM").isOk());

        faults.errorRate(1.0);
        Map<String, Result<Issue>> answers = jira.issuesByKey(List.of("DM-12813", "RFC-188"), List.of());
        assertTrue(answers.values().stream().allMatch(r -> r.failure().orElseThrow().kind()
                == TrackerError.Kind.UNAVAILABLE));
    }

    @Test
    public void aCloudFakeIdentifiesUsersByAccountIdOnly() {
        FakeJira cloud = new FakeJira(world, "womullane", ServerInfo.Deployment.CLOUD, FaultPlan.none());

        String accountId = cloud.myself().value().accountId().orElseThrow();

        assertEquals("Wil O'Mullane", cloud.findUser(new UserLookup(UserLookup.By.ACCOUNT_ID, accountId)).value()
                .orElseThrow().displayName());
        assertEquals(TrackerError.Kind.INVALID, cloud.findUser(new UserLookup(UserLookup.By.USERNAME, "womullane"))
                .failure().orElseThrow().kind());
        assertTrue(cloud.issue("DM-12813", List.of()).value().assignee().orElseThrow().accountId().isPresent());
    }

    @Test
    public void aMalformedKeyIsInvalidOnItsOwn() {
        FakeJira jira = FakeJira.dataCenter(world, "womullane");

        Map<String, Result<Issue>> answers = jira.issuesByKey(List.of("LDM 230", "RFC-243"), List.of());

        assertEquals(TrackerError.Kind.INVALID, answers.get("LDM 230").failure().orElseThrow().kind());
        assertTrue(answers.get("RFC-243").value().status().isDone());
    }
}
