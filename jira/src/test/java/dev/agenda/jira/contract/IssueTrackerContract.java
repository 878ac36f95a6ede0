package dev.agenda.jira.contract;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import dev.agenda.core.tracker.CreatedIssue;
import dev.agenda.core.tracker.Description;
import dev.agenda.core.tracker.Issue;
import dev.agenda.core.tracker.IssueChanges;
import dev.agenda.core.tracker.IssueTracker;
import dev.agenda.core.tracker.IssueType;
import dev.agenda.core.tracker.NewIssue;
import dev.agenda.core.tracker.RemoteLink;
import dev.agenda.core.tracker.Result;
import dev.agenda.core.tracker.ServerInfo;
import dev.agenda.core.tracker.StatusCategory;
import dev.agenda.core.tracker.TrackerError;
import dev.agenda.core.tracker.TrackerUser;
import dev.agenda.core.tracker.Transition;
import dev.agenda.core.tracker.UserLookup;
import dev.agenda.core.tracker.Change;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.Test;

/**
 * What every {@link IssueTracker} must do, run against each backend — all of them the fake Jira: in memory
 * ({@link InMemoryFakeContractTest}), served over HTTP to the REST client
 * ({@link CloudClientOnFakeOverHttpContractTest}, {@link DataCenterClientOnFakeOverHttpContractTest}), and replayed to
 * the REST client by WireMock from recordings of it ({@link CloudClientOnRecordingsOfFakeContractTest},
 * {@link DataCenterClientOnRecordingsOfFakeContractTest}). The world is the fake's seeded one: projects DM and RFC,
 * issues DM-12813, RFC-188 and RFC-243, the reference page's users, the workflow To Do → In Progress → Done; the
 * acting user is {@code womullane}.
 */
public abstract class IssueTrackerContract {

    protected static final String PROPERTY = "agenda.action";
    protected static final String LABEL = "meeting-action";

    /** The tracker under test, acting as {@code womullane}, over a freshly seeded world. */
    protected abstract IssueTracker tracker();

    /** The deployment the backend pretends to be. */
    protected abstract ServerInfo.Deployment deployment();

    private TrackerUser user(String email) {
        return tracker().findUser(new UserLookup(UserLookup.By.EMAIL, email)).value().orElseThrow();
    }

    private NewIssue action(String summary, TrackerUser assignee, String actionId) {
        return new NewIssue("DM", "Task", summary, Description.of(
                Description.Paragraph.of(new Description.Text(summary + " — from "),
                        new Description.Link("the DMLT meeting", "https://confluence.example.org/x/42")),
                new Description.BulletList(List.of(List.of(new Description.Text("Also: John Swinbank"))))),
                Optional.ofNullable(assignee), Optional.of(LocalDate.of(2017, 12, 4)), List.of(LABEL),
                Map.of(PROPERTY, Map.of("actionId", actionId)));
    }

    @Test
    public void identifiesItself() {
        ServerInfo info = tracker().serverInfo().value();
        assertEquals(deployment(), info.deployment());
        assertFalse(info.version().isEmpty());
    }

    @Test
    public void knowsWhoIsAsking() {
        TrackerUser me = tracker().myself().value();
        assertEquals("Wil O'Mullane", me.displayName());
    }

    @Test
    public void findsProjectsAndSaysPlainlyWhenOneIsMissing() {
        assertEquals("DM", tracker().project("DM").value().key());
        TrackerError error = tracker().project("NOPE").failure().orElseThrow();
        assertEquals(TrackerError.Kind.PROJECT_NOT_FOUND, error.kind());
        assertEquals("Jira project NOPE doesn't exist or you don't have permission to view it.", error.message());
    }

    @Test
    public void listsTheIssueTypesAProjectOffers() {
        List<String> names = tracker().issueTypes("DM").value().stream().map(IssueType::name).toList();
        assertTrue(names.toString(), names.contains("Task"));
        assertEquals(TrackerError.Kind.PROJECT_NOT_FOUND,
                tracker().issueTypes("NOPE").failure().orElseThrow().kind());
    }

    @Test
    public void createsAnIssueThatReadsBackWithItsHandle() {
        TrackerUser swinbank = user("swinbank@example.org");
        CreatedIssue created = tracker().createIssue(action("Draft the DM plan", swinbank, "42:1")).value();

        Issue issue = tracker().issue(created.key(), List.of(PROPERTY)).value();

        assertTrue(created.key().startsWith("DM-"));
        assertEquals("Draft the DM plan", issue.summary());
        assertEquals(StatusCategory.TO_DO, issue.status().category());
        assertEquals(swinbank.id(), issue.assignee().orElseThrow().id());
        assertEquals(Optional.of(LocalDate.of(2017, 12, 4)), issue.dueDate());
        assertEquals(List.of(LABEL), issue.labels());
        assertEquals(Map.of("actionId", "42:1"), issue.properties().get(PROPERTY));
    }

    @Test
    public void bulkCreateAnswersEachItemOnItsOwn() {
        NewIssue bad = new NewIssue("DM", "No Such Type", "Broken", Description.of(), Optional.empty(),
                Optional.empty(), List.of(), Map.of());
        List<Result<CreatedIssue>> results = tracker().createIssues(List.of(action("First", null, "42:1"), bad,
                action("Third", null, "42:3")));

        assertEquals(3, results.size());
        assertTrue(results.get(0).isOk());
        assertEquals(TrackerError.Kind.INVALID, results.get(1).failure().orElseThrow().kind());
        assertTrue(results.get(2).isOk());
        assertEquals("Third", tracker().issue(results.get(2).value().key(), List.of()).value().summary());
    }

    @Test
    public void eachKeyIsAnsweredOnItsOwn() {
        Map<String, Result<Issue>> answers = tracker().issuesByKey(
                List.of("RFC-243", "NOPE-1", "DM-12813", "DM-999999", "RFC-188"), List.of());

        assertEquals(List.of("RFC-243", "NOPE-1", "DM-12813", "DM-999999", "RFC-188"),
                List.copyOf(answers.keySet()));
        assertEquals(StatusCategory.IN_PROGRESS, answers.get("DM-12813").value().status().category());
        assertTrue(answers.get("RFC-188").isOk());
        assertTrue(answers.get("RFC-243").isOk());
        assertEquals(TrackerError.Kind.PROJECT_NOT_FOUND, answers.get("NOPE-1").failure().orElseThrow().kind());
        assertEquals(TrackerError.Kind.ISSUE_NOT_FOUND, answers.get("DM-999999").failure().orElseThrow().kind());
    }

    @Test
    public void anIssueThatDoesNotExistIsNotFound() {
        assertEquals(TrackerError.Kind.ISSUE_NOT_FOUND,
                tracker().issue("DM-999999", List.of()).failure().orElseThrow().kind());
    }

    @Test
    public void transitionsIntoDoneByCategoryAndBack() {
        String key = tracker().createIssue(action("Close me", null, "42:5")).value().key();

        Transition done = Transition.into(StatusCategory.DONE, tracker().transitions(key).value()).orElseThrow();
        assertTrue(tracker().transition(key, done.id()).isOk());
        Issue closed = tracker().issue(key, List.of()).value();
        Transition reopen = Transition.into(StatusCategory.TO_DO, tracker().transitions(key).value()).orElseThrow();
        assertTrue(tracker().transition(key, reopen.id()).isOk());

        assertTrue(closed.status().isDone());
        assertEquals(StatusCategory.TO_DO, tracker().issue(key, List.of()).value().status().category());
    }

    @Test
    public void anUnknownTransitionIsRefused() {
        Result<?> result = tracker().transition("DM-12813", "999");
        assertFalse(result.isOk());
    }

    @Test
    public void editsOnlyWhatChanges() {
        String key = tracker().createIssue(action("Old text", user("swinbank@example.org"), "42:6")).value().key();

        assertTrue(tracker().editIssue(key, IssueChanges.none().withSummary("New text")
                .withDueDate(Change.clear())).isOk());

        Issue issue = tracker().issue(key, List.of()).value();
        assertEquals("New text", issue.summary());
        assertEquals(Optional.empty(), issue.dueDate());
        assertTrue("the assignee was not touched", issue.assignee().isPresent());
    }

    @Test
    public void aRemoteLinkIsOnePerGlobalIdAndFindsItsIssue() {
        String key = tracker().createIssue(action("Linked", null, "42:7")).value().key();
        RemoteLink link = new RemoteLink("agenda:page=42:task=7", "https://confluence.example.org/x/42",
                "DMLT F2F 2017-11", Optional.of("Linked"), "dev.agenda", "Meeting agenda", "mentioned in",
                Optional.empty());

        assertTrue(tracker().putRemoteLink(key, link).isOk());
        assertTrue(tracker().putRemoteLink(key, link).isOk());
        List<Issue> found = tracker().issuesWithRemoteLinks(List.of("agenda:page=42:task=7", "agenda:none"),
                List.of()).value();

        assertEquals(List.of(key), found.stream().map(Issue::key).toList());
    }

    @Test
    public void entityPropertiesAreSetAndRead() {
        assertEquals(Optional.empty(), tracker().property("RFC-188", PROPERTY).value());
        assertTrue(tracker().setProperty("RFC-188", PROPERTY, Map.of("actionId", "42:9")).isOk());
        assertEquals(Optional.of(Map.of("actionId", "42:9")), tracker().property("RFC-188", PROPERTY).value());
        assertEquals(TrackerError.Kind.ISSUE_NOT_FOUND,
                tracker().property("DM-999999", PROPERTY).failure().orElseThrow().kind());
    }

    @Test
    public void watchersAreAdded() {
        TrackerUser ebellm = user("ebellm@example.org");
        assertTrue(tracker().addWatcher("RFC-243", ebellm).isOk());
        assertTrue(tracker().watchers("RFC-243").value().stream().anyMatch(w -> w.id().equals(ebellm.id())));
    }

    @Test
    public void usersAreFoundByEmailAndAnUnknownOneIsEmpty() {
        assertEquals("John Swinbank", user("swinbank@example.org").displayName());
        assertEquals(Optional.empty(),
                tracker().findUser(new UserLookup(UserLookup.By.EMAIL, "nobody@example.org")).value());
    }

    @Test
    public void findsIssuesByLabelWithTheirProperties() {
        List<Result<CreatedIssue>> created = tracker().createIssues(List.of(action("One", null, "42:11"),
                action("Two", null, "42:12")));

        List<Issue> found = tracker().issuesWithLabel(LABEL, List.of(PROPERTY)).value();

        assertEquals(created.stream().map(r -> r.value().key()).sorted().toList(),
                found.stream().map(Issue::key).sorted().toList());
        assertEquals(List.of("42:11", "42:12"), found.stream()
                .map(issue -> issue.properties().get(PROPERTY).get("actionId")).sorted().toList());
    }
}
