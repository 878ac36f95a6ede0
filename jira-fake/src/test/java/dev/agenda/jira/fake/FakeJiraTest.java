package dev.agenda.jira.fake;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNotEquals;
import static org.junit.Assert.assertTrue;

import dev.agenda.core.tracker.CreatedIssue;
import dev.agenda.core.tracker.Description;
import dev.agenda.core.tracker.Issue;
import dev.agenda.core.tracker.NewIssue;
import dev.agenda.core.tracker.RemoteLink;
import dev.agenda.core.tracker.Result;
import dev.agenda.core.tracker.ServerInfo;
import dev.agenda.core.tracker.TrackerError;
import dev.agenda.core.tracker.TrackerUser;
import dev.agenda.core.tracker.UserLookup;
import dev.agenda.testing.ManualClock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SplittableRandom;
import org.junit.Test;

/** The in-memory port: one user's view of the world, typed errors, per-item answers, and injected faults. */
public class FakeJiraTest {

    private final FakeJiraWorld world = FakeJiraWorld.seeded(new ManualClock(Instant.parse("2017-11-30T17:00:00Z")));
    private final FakeJira jira = FakeJira.dataCenter(world, "womullane");

    private static NewIssue action(String project, String type, String summary) {
        return new NewIssue(
                project,
                type,
                summary,
                Description.of(),
                Optional.empty(),
                Optional.empty(),
                List.of("meeting-action"),
                Map.of("agenda.action", Map.of("actionId", summary)));
    }

    @Test
    public void createIssuesAnswersEachItemInOrderWhateverFailedBesideIt() {
        List<Result<CreatedIssue>> results = jira.createIssues(List.of(
                action("DM", "Task", "one"),
                action("DM", "No Such Type", "two"),
                action("NOPE", "Task", "three"),
                action("RFC", "Bug", "")));

        assertEquals("DM-12814", results.get(0).value().key());
        assertEquals(
                Map.of("issuetype", "The issue type selected is invalid."),
                results.get(1).failure().orElseThrow().fieldErrors());
        assertEquals(
                Map.of("project", "valid project is required"),
                results.get(2).failure().orElseThrow().fieldErrors());
        assertEquals(
                Map.of("summary", "You must specify a summary of the issue."),
                results.get(3).failure().orElseThrow().fieldErrors());
        assertEquals(4, world.issueCount());
    }

    @Test
    public void issuesByKeyAnswersEachKeyOnItsOwnInTheOrderGiven() {
        world.hideProject("womullane", "RFC");

        Map<String, Result<Issue>> answers =
                jira.issuesByKey(List.of("RFC-243", "DM-999999", "DM-12813", "LDM 230", "NOPE-1"), List.of());

        assertEquals(List.of("RFC-243", "DM-999999", "DM-12813", "LDM 230", "NOPE-1"), List.copyOf(answers.keySet()));
        assertEquals(
                TrackerError.projectNotFound("RFC"),
                answers.get("RFC-243").failure().orElseThrow());
        assertEquals(
                TrackerError.Kind.ISSUE_NOT_FOUND,
                answers.get("DM-999999").failure().orElseThrow().kind());
        assertEquals(
                "gpdf", answers.get("DM-12813").value().assignee().orElseThrow().id());
        assertEquals(
                TrackerError.Kind.INVALID,
                answers.get("LDM 230").failure().orElseThrow().kind());
        assertEquals(
                TrackerError.Kind.PROJECT_NOT_FOUND,
                answers.get("NOPE-1").failure().orElseThrow().kind());
    }

    @Test
    public void anUnknownTransitionIsNotFoundAndAHiddenIssueIsNotFound() {
        assertEquals(
                TrackerError.Kind.NOT_FOUND,
                jira.transition("DM-12813", "999").failure().orElseThrow().kind());
        world.hideProject("womullane", "DM");
        assertEquals(
                TrackerError.Kind.ISSUE_NOT_FOUND,
                jira.transitions("DM-12813").failure().orElseThrow().kind());
        assertEquals(
                TrackerError.Kind.PROJECT_NOT_FOUND,
                jira.issueTypes("DM").failure().orElseThrow().kind());
    }

    @Test
    public void searchesFindByLabelAndRemoteLinkWithTheAskedProperties() {
        String key = jira.createIssue(action("DM", "Task", "42:1")).value().key();
        RemoteLink link = new RemoteLink(
                "agenda:42:1",
                "https://c.example.org/x",
                "Meeting",
                Optional.empty(),
                "dev.agenda",
                "Agenda",
                "mentioned in",
                Optional.empty());
        assertTrue(jira.putRemoteLink(key, link).isOk());
        List<String> manyIds = new ArrayList<>(Collections.nCopies(150, "agenda:none"));
        manyIds.add("agenda:42:1");

        List<Issue> labelled =
                jira.issuesWithLabel("meeting-action", List.of("agenda.action")).value();
        List<Issue> linked = jira.issuesWithRemoteLinks(manyIds, List.of()).value();

        assertEquals(List.of(key), labelled.stream().map(Issue::key).toList());
        assertEquals(
                Map.of("agenda.action", Map.of("actionId", "42:1")),
                labelled.get(0).properties());
        assertEquals(List.of(key), linked.stream().map(Issue::key).toList());
        assertEquals(Map.of(), linked.get(0).properties());
    }

    @Test
    public void usersAreFoundTheWayEachDeploymentIdentifiesThem() {
        FakeJira cloud = FakeJira.cloud(world, "womullane");
        String accountId = cloud.myself().value().accountId().orElseThrow();

        assertEquals(
                "Wil O'Mullane",
                cloud.findUser(new UserLookup(UserLookup.By.ACCOUNT_ID, accountId))
                        .value()
                        .orElseThrow()
                        .displayName());
        assertEquals(
                TrackerError.Kind.INVALID,
                cloud.findUser(new UserLookup(UserLookup.By.USERNAME, "womullane"))
                        .failure()
                        .orElseThrow()
                        .kind());
        assertEquals(
                "swinbank",
                jira.findUser(new UserLookup(UserLookup.By.USER_KEY, "JIRAUSER10001"))
                        .value()
                        .orElseThrow()
                        .id());
        assertEquals(
                "ktl",
                jira.findUser(new UserLookup(UserLookup.By.USERNAME, "KTL"))
                        .value()
                        .orElseThrow()
                        .id());
        assertEquals(
                Optional.empty(),
                jira.findUser(new UserLookup(UserLookup.By.EMAIL, "no@example.org"))
                        .value());
        assertTrue(cloud.issue("DM-12813", List.of())
                .value()
                .assignee()
                .orElseThrow()
                .accountId()
                .isPresent());
        TrackerUser cloudUser = cloud.findUser(new UserLookup(UserLookup.By.EMAIL, "ebellm@example.org"))
                .value()
                .orElseThrow();
        assertEquals(
                TrackerError.Kind.NOT_FOUND,
                jira.addWatcher("RFC-243", cloudUser).failure().orElseThrow().kind());
        assertTrue(cloud.addWatcher("RFC-243", cloudUser).isOk());
    }

    @Test
    public void injectedFaultsBecomeTheErrorsTheRestClientWouldReport() {
        FaultPlan faults = new FaultPlan(new SplittableRandom(3)).rateLimitNext(1, Duration.ofSeconds(5));
        FakeJira limited = new FakeJira(world, "womullane", ServerInfo.Deployment.DATA_CENTER, faults);

        TrackerError error = limited.project("DM").failure().orElseThrow();
        assertEquals(TrackerError.Kind.RATE_LIMITED, error.kind());
        assertEquals(Duration.ofSeconds(5), error.retryAfter().orElseThrow());
        assertTrue(limited.project("DM").isOk());

        faults.errorRate(1.0);
        assertTrue(limited.issuesByKey(List.of("DM-12813", "RFC-188"), List.of()).values().stream()
                .allMatch(r -> r.failure().orElseThrow().kind() == TrackerError.Kind.UNAVAILABLE));
        assertEquals(Map.of("project", 2, "issuesByKey", 1), limited.operationCounts());
    }

    @Test
    public void bulkCreationDrawsOneFaultPerFiftyIssues() {
        FaultPlan faults = new FaultPlan(new SplittableRandom(3)).rateLimitNext(1, Duration.ofSeconds(2));
        FakeJira limited = new FakeJira(world, "womullane", ServerInfo.Deployment.DATA_CENTER, faults);
        List<NewIssue> issues = Collections.nCopies(60, action("DM", "Task", "many"));

        List<Result<CreatedIssue>> results = limited.createIssues(issues);

        assertEquals(60, results.size());
        assertTrue(results.subList(0, 50).stream()
                .allMatch(r -> r.failure().orElseThrow().kind() == TrackerError.Kind.RATE_LIMITED));
        assertTrue(results.subList(50, 60).stream().allMatch(Result::isOk));
        assertEquals(13, world.issueCount());
    }

    @Test
    public void theSameSeedFailsTheSameOperations() {
        List<Boolean> first = outcomes(new SplittableRandom(42));
        List<Boolean> second = outcomes(new SplittableRandom(42));
        List<Boolean> other = outcomes(new SplittableRandom(7));

        assertEquals(first, second);
        assertTrue(first.contains(true) && first.contains(false));
        assertNotEquals(first, other);
    }

    private List<Boolean> outcomes(SplittableRandom random) {
        FakeJira flaky = new FakeJira(
                world, "womullane", ServerInfo.Deployment.DATA_CENTER, new FaultPlan(random).errorRate(0.5));
        List<Boolean> outcomes = new ArrayList<>();
        for (int i = 0; i < 30; i++) {
            outcomes.add(flaky.project("DM").isOk());
        }
        return outcomes;
    }
}
