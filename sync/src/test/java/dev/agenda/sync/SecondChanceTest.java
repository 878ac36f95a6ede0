package dev.agenda.sync;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import dev.agenda.core.sync.InMemorySyncStateStore;
import dev.agenda.core.sync.InProcessLock;
import dev.agenda.core.tracker.CreatedIssue;
import dev.agenda.core.tracker.Done;
import dev.agenda.core.tracker.Issue;
import dev.agenda.core.tracker.IssueChanges;
import dev.agenda.core.tracker.IssueTracker;
import dev.agenda.core.tracker.IssueType;
import dev.agenda.core.tracker.NewIssue;
import dev.agenda.core.tracker.Project;
import dev.agenda.core.tracker.RemoteLink;
import dev.agenda.core.tracker.Result;
import dev.agenda.core.tracker.ServerInfo;
import dev.agenda.core.tracker.TrackerError;
import dev.agenda.core.tracker.TrackerUser;
import dev.agenda.core.tracker.Transition;
import dev.agenda.core.tracker.UserLookup;
import dev.agenda.jira.fake.FakeIssueState;
import dev.agenda.jira.fake.FakeJira;
import dev.agenda.jira.fake.FakeJiraWorld;
import dev.agenda.jira.fake.FaultPlan;
import dev.agenda.testing.ReferencePage;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Predicate;
import java.util.function.Supplier;
import org.junit.Test;

/**
 * After the main pass, a sync sends once more each action's follow-ups that failed (the link back to the page,
 * watchers, field edits, transitions) before it reports failure; what fails twice is reported, with why.
 */
public class SecondChanceTest {

    private static final String PAGE_ID = "dmlt-f2f-2017-11";

    private final Clock clock = Clock.fixed(Instant.parse("2017-12-04T17:00:00Z"), ZoneOffset.UTC);
    private final FakeJiraWorld world = FakeJiraWorld.seeded(clock);
    private final FakeJira fake = new FakeJira(world, "womullane", ServerInfo.Deployment.DATA_CENTER, FaultPlan.none());

    @Test
    public void followUpsThatFailOnceAreSentAgainAndTheRunEndsInSync() {
        FailingFollowUps jira = new FailingFollowUps(fake, attempt -> attempt == 1);

        SyncReport report = new ActionSync(jira, new InMemorySyncStateStore(), new InProcessLock(), clock)
                .sync(ReferencePage.meeting(), ActionSyncTest.settings(), false, SyncProgress.none());

        assertTrue(report.outcomes().toString(), report.inSync());
        assertEquals("created 10, linked 1, updated 0, transitioned 7, unchanged 0, failed 0", report.summaryLine());
        assertEquals(13, world.issueCount());
        for (String key : world.issueKeys()) {
            if (!key.equals("RFC-188") && !key.equals("RFC-243")) {
                FakeIssueState state = world.state(key).orElseThrow();
                assertEquals(
                        key + " is linked back to the page once",
                        1,
                        state.remoteLinks().size());
            }
        }
        assertTrue("links, watchers and transitions each failed once first", jira.failed.get() >= 11 + 7);
        FakeJiraWorld untroubled = FakeJiraWorld.seeded(clock);
        new ActionSync(
                        new FakeJira(untroubled, "womullane", ServerInfo.Deployment.DATA_CENTER, FaultPlan.none()),
                        new InMemorySyncStateStore(),
                        new InProcessLock(),
                        clock)
                .sync(ReferencePage.meeting(), ActionSyncTest.settings(), false, SyncProgress.none());
        assertEquals("the same watchers as a sync nothing failed in", watchers(untroubled), watchers(world));
        assertTrue(watchers(world).values().stream().mapToInt(Integer::intValue).sum() > 0);
    }

    @Test
    public void aFollowUpThatFailsAgainIsReportedWithWhyAfterItWasTriedTwice() {
        FailingFollowUps jira = new FailingFollowUps(fake, attempt -> true, "DM-12813");

        SyncReport report = new ActionSync(jira, new InMemorySyncStateStore(), new InProcessLock(), clock)
                .sync(ReferencePage.meeting(), ActionSyncTest.settings(), false, SyncProgress.none());

        ActionOutcome linked = report.outcomes().stream()
                .filter(outcome -> outcome.actionId().equals(PAGE_ID + "/10"))
                .findFirst()
                .orElseThrow();
        assertEquals("failed 1", report.summaryLine().replaceAll(".*, ", ""));
        assertEquals(Optional.of("DM-12813"), linked.issueKey());
        assertEquals(Set.of(ActionOutcome.Step.LINKED), linked.steps());
        assertEquals(
                Optional.of("linked, but the link back to the page failed: Jira failed (HTTP 503); try again later."
                        + " (tried again after the other actions)"),
                linked.problem());
        assertEquals("sent twice, no more", 2, jira.linksTo("DM-12813"));
    }

    private static Map<String, Integer> watchers(FakeJiraWorld in) {
        Map<String, Integer> counts = new java.util.TreeMap<>();
        in.issueKeys()
                .forEach(key ->
                        counts.put(key, in.state(key).orElseThrow().watchers().size()));
        return counts;
    }

    /**
     * The fake Jira, whose follow-up writes (links, watchers, edits, transitions) fail as the predicate says for each
     * issue's n-th attempt of each kind, as a struggling Jira would answer them; everything else is the fake's.
     */
    private static final class FailingFollowUps implements IssueTracker {
        private final IssueTracker fake;
        private final Predicate<Integer> failsAttempt;
        private final Set<String> onlyKeys;
        private final Map<String, AtomicInteger> attempts = new ConcurrentHashMap<>();
        final AtomicInteger failed = new AtomicInteger();

        FailingFollowUps(IssueTracker fake, Predicate<Integer> failsAttempt, String... onlyKeys) {
            this.fake = fake;
            this.failsAttempt = failsAttempt;
            this.onlyKeys = Set.of(onlyKeys);
        }

        int linksTo(String key) {
            AtomicInteger count = attempts.get("link " + key);
            return count == null ? 0 : count.get();
        }

        private Result<Done> followUp(String what, String key, Supplier<Result<Done>> real) {
            int attempt = attempts.computeIfAbsent(what + " " + key, k -> new AtomicInteger())
                    .incrementAndGet();
            if ((onlyKeys.isEmpty() || onlyKeys.contains(key)) && failsAttempt.test(attempt)) {
                failed.incrementAndGet();
                return Result.failed(
                        TrackerError.of(TrackerError.Kind.UNAVAILABLE, "Jira failed (HTTP 503); try again later."));
            }
            return real.get();
        }

        @Override
        public Result<Done> putRemoteLink(String issueKey, RemoteLink link) {
            return followUp("link", issueKey, () -> fake.putRemoteLink(issueKey, link));
        }

        @Override
        public Result<Done> addWatcher(String issueKey, TrackerUser user) {
            return followUp("watcher " + user.id(), issueKey, () -> fake.addWatcher(issueKey, user));
        }

        @Override
        public Result<Done> editIssue(String issueKey, IssueChanges changes) {
            return followUp("edit", issueKey, () -> fake.editIssue(issueKey, changes));
        }

        @Override
        public Result<Done> transition(String issueKey, String transitionId) {
            return followUp("transition", issueKey, () -> fake.transition(issueKey, transitionId));
        }

        @Override
        public Result<Done> transition(String issueKey, Transition transition) {
            return followUp("transition", issueKey, () -> fake.transition(issueKey, transition));
        }

        @Override
        public Result<ServerInfo> serverInfo() {
            return fake.serverInfo();
        }

        @Override
        public Result<TrackerUser> myself() {
            return fake.myself();
        }

        @Override
        public Result<Project> project(String projectKey) {
            return fake.project(projectKey);
        }

        @Override
        public Result<List<IssueType>> issueTypes(String projectKey) {
            return fake.issueTypes(projectKey);
        }

        @Override
        public Result<CreatedIssue> createIssue(NewIssue issue) {
            return fake.createIssue(issue);
        }

        @Override
        public List<Result<CreatedIssue>> createIssues(List<NewIssue> issues) {
            return fake.createIssues(issues);
        }

        @Override
        public Result<Issue> issue(String issueKey, Collection<String> propertyKeys) {
            return fake.issue(issueKey, propertyKeys);
        }

        @Override
        public Result<List<Transition>> transitions(String issueKey) {
            return fake.transitions(issueKey);
        }

        @Override
        public Result<Optional<Map<String, String>>> property(String issueKey, String propertyKey) {
            return fake.property(issueKey, propertyKey);
        }

        @Override
        public Result<Done> setProperty(String issueKey, String propertyKey, Map<String, String> value) {
            return fake.setProperty(issueKey, propertyKey, value);
        }

        @Override
        public Result<List<TrackerUser>> watchers(String issueKey) {
            return fake.watchers(issueKey);
        }

        @Override
        public Result<Optional<TrackerUser>> findUser(UserLookup lookup) {
            return fake.findUser(lookup);
        }

        @Override
        public Map<String, Result<Issue>> issuesByKey(Collection<String> issueKeys, Collection<String> propertyKeys) {
            return fake.issuesByKey(issueKeys, propertyKeys);
        }

        @Override
        public Result<List<Issue>> issuesWithRemoteLinks(
                Collection<String> globalIds, Collection<String> propertyKeys) {
            return fake.issuesWithRemoteLinks(globalIds, propertyKeys);
        }

        @Override
        public Result<List<Issue>> issuesWithLabel(String label, Collection<String> propertyKeys) {
            return fake.issuesWithLabel(label, propertyKeys);
        }
    }
}
