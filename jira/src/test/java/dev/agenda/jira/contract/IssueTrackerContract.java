package dev.agenda.jira.contract;

import static dev.agenda.jira.contract.ContractIssues.sorted;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;
import static org.junit.Assume.assumeTrue;

import dev.agenda.core.tracker.Change;
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
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.function.Supplier;
import org.junit.Test;

/**
 * What every {@link IssueTracker} must do, run against each backend. Four are the fake Jira: in memory
 * ({@link InMemoryFakeContractTest}), served over HTTP to the REST client
 * ({@link CloudClientOnFakeOverHttpContractTest}, {@link DataCenterClientOnFakeOverHttpContractTest}), and replayed to
 * the REST client by WireMock from recordings of it ({@link CloudClientOnRecordingsOfFakeContractTest},
 * {@link DataCenterClientOnRecordingsOfFakeContractTest}); the fifth is a real Jira, when the environment names one
 * ({@link ClientOnRealJiraContractTest}).
 *
 * <p>The defaults of the hooks below describe the fake's seeded world: projects DM and RFC, issues DM-12813,
 * RFC-188 and RFC-243, the reference page's users, the workflow To Do → In Progress → Done; the acting user is
 * {@code womullane}. A backend without that world overrides them. Every case works with issues it creates itself in
 * {@link #project()}, the users the hooks name, and things that must not exist (project {@code NOPE}, issue
 * {@code <project>-999999}, {@code nobody@example.org}); only {@link #seededIssuesAreAnsweredAcrossProjects} needs
 * the seeded issues, and is skipped on a backend without them.
 */
public abstract class IssueTrackerContract {

    protected static final String PROPERTY = "agenda.action";
    protected static final String LABEL = "meeting-action";

    /** The issues and users the cases ask for, built over this backend's tracker and hooks. */
    private final ContractIssues made = new ContractIssues(this::tracker, this::project, this::summary, this::labels);

    /** The tracker under test, acting as the backend's user. */
    protected abstract IssueTracker tracker();

    /** The deployment the backend is, or pretends to be. */
    protected abstract ServerInfo.Deployment deployment();

    /** The project every issue the contract creates goes into. */
    protected String project() {
        return "DM";
    }

    /** A label only the issues this test creates carry: {@link #findsIssuesByLabelWithTheirProperties} searches it. */
    protected String labelOfThisTest() {
        return LABEL;
    }

    /** The labels on every issue the contract creates, {@link #labelOfThisTest()} among them. */
    protected List<String> labels() {
        return List.of(labelOfThisTest());
    }

    /** An issue summary as the contract writes it. */
    protected String summary(String text) {
        return text;
    }

    /** A remote link's globalId for one task of this test; no issue the test did not create may have it. */
    protected String globalId(String task) {
        return "agenda:page=42:task=" + task;
    }

    /** Someone issues can be assigned to. */
    protected TrackerUser someoneToAssign() {
        return made.userWithEmail("swinbank@example.org");
    }

    /** Someone to add as a watcher. */
    protected TrackerUser someoneToWatch() {
        return made.userWithEmail("ebellm@example.org");
    }

    /** A user whom a search by email finds. */
    protected KnownUser someoneWithAnEmail() {
        return new KnownUser("swinbank@example.org", "John Swinbank");
    }

    /** The acting user's display name, where it is known in advance. */
    protected Optional<String> actingUserDisplayName() {
        return Optional.of("Wil O'Mullane");
    }

    /** Whether the backend holds the fake's seeded issues DM-12813, RFC-188 and RFC-243. */
    protected boolean holdsTheSeededIssues() {
        return true;
    }

    /**
     * A search's answer once {@code complete} holds of it, or its last answer. The fake indexes at once, so by default
     * the search runs once and its first answer must be the whole one.
     */
    protected <T> T searchUntil(Supplier<T> search, Predicate<T> complete) {
        return search.get();
    }

    /** A user found by email, and the display name that search must answer. */
    protected record KnownUser(String email, String displayName) {}

    @Test
    public void identifiesItself() {
        ServerInfo info = tracker().serverInfo().value();
        assertEquals(deployment(), info.deployment());
        assertFalse(info.version().isEmpty());
    }

    @Test
    public void knowsWhoIsAsking() {
        TrackerUser me = tracker().myself().value();
        assertFalse(me.id().isBlank());
        assertFalse(me.displayName().isBlank());
        actingUserDisplayName().ifPresent(name -> assertEquals(name, me.displayName()));
    }

    @Test
    public void findsProjectsAndSaysPlainlyWhenOneIsMissing() {
        assertEquals(project(), tracker().project(project()).value().key());
        TrackerError error = tracker().project("NOPE").failure().orElseThrow();
        assertEquals(TrackerError.Kind.PROJECT_NOT_FOUND, error.kind());
        assertEquals("Jira project NOPE doesn't exist or you don't have permission to view it.", error.message());
    }

    @Test
    public void listsTheIssueTypesAProjectOffers() {
        List<String> names = tracker().issueTypes(project()).value().stream()
                .map(IssueType::name)
                .toList();
        assertTrue(names.toString(), names.contains("Task"));
        assertEquals(
                TrackerError.Kind.PROJECT_NOT_FOUND,
                tracker().issueTypes("NOPE").failure().orElseThrow().kind());
    }

    @Test
    public void createsAnIssueThatReadsBackWithItsHandle() {
        TrackerUser assignee = someoneToAssign();
        CreatedIssue created = tracker()
                .createIssue(made.action("Draft the DM plan", assignee, "42:1"))
                .value();

        Issue issue = tracker().issue(created.key(), List.of(PROPERTY)).value();

        assertTrue(created.key().startsWith(project() + "-"));
        assertEquals(summary("Draft the DM plan"), issue.summary());
        assertEquals(StatusCategory.TO_DO, issue.status().category());
        assertEquals(assignee.id(), issue.assignee().orElseThrow().id());
        assertEquals(Optional.of(LocalDate.of(2017, 12, 4)), issue.dueDate());
        assertEquals(sorted(labels()), sorted(issue.labels()));
        assertEquals(Map.of("actionId", "42:1"), issue.properties().get(PROPERTY));
    }

    @Test
    public void bulkCreateAnswersEachItemOnItsOwn() {
        NewIssue bad = new NewIssue(
                project(),
                "No Such Type",
                summary("Broken"),
                Description.of(),
                Optional.empty(),
                Optional.empty(),
                labels(),
                Map.of());
        List<Result<CreatedIssue>> results = tracker()
                .createIssues(List.of(made.action("First", null, "42:1"), bad, made.action("Third", null, "42:3")));

        assertEquals(3, results.size());
        assertTrue(results.get(0).isOk());
        assertEquals(
                TrackerError.Kind.INVALID,
                results.get(1).failure().orElseThrow().kind());
        assertTrue(results.get(2).isOk());
        assertEquals(
                summary("Third"),
                tracker().issue(results.get(2).value().key(), List.of()).value().summary());
    }

    @Test
    public void eachKeyIsAnsweredOnItsOwn() {
        String key = made.plainIssue("Asked for by key");
        List<String> keys = List.of("NOPE-1", key, made.missingIssue());

        Map<String, Result<Issue>> answers = searchUntil(
                () -> tracker().issuesByKey(keys, List.of()),
                found -> found.get(key).isOk());

        assertEquals(keys, List.copyOf(answers.keySet()));
        assertEquals(summary("Asked for by key"), answers.get(key).value().summary());
        assertEquals(
                TrackerError.Kind.PROJECT_NOT_FOUND,
                answers.get("NOPE-1").failure().orElseThrow().kind());
        assertEquals(
                TrackerError.Kind.ISSUE_NOT_FOUND,
                answers.get(made.missingIssue()).failure().orElseThrow().kind());
    }

    @Test
    public void seededIssuesAreAnsweredAcrossProjects() {
        assumeTrue("needs the fake's seeded issues DM-12813, RFC-188 and RFC-243", holdsTheSeededIssues());
        Map<String, Result<Issue>> answers =
                tracker().issuesByKey(List.of("RFC-243", "NOPE-1", "DM-12813", "DM-999999", "RFC-188"), List.of());

        assertEquals(List.of("RFC-243", "NOPE-1", "DM-12813", "DM-999999", "RFC-188"), List.copyOf(answers.keySet()));
        assertEquals(
                StatusCategory.IN_PROGRESS,
                answers.get("DM-12813").value().status().category());
        assertTrue(answers.get("RFC-188").isOk());
        assertTrue(answers.get("RFC-243").isOk());
        assertEquals(
                TrackerError.Kind.PROJECT_NOT_FOUND,
                answers.get("NOPE-1").failure().orElseThrow().kind());
        assertEquals(
                TrackerError.Kind.ISSUE_NOT_FOUND,
                answers.get("DM-999999").failure().orElseThrow().kind());
    }

    @Test
    public void anIssueThatDoesNotExistIsNotFound() {
        assertEquals(
                TrackerError.Kind.ISSUE_NOT_FOUND,
                tracker()
                        .issue(made.missingIssue(), List.of())
                        .failure()
                        .orElseThrow()
                        .kind());
    }

    @Test
    public void transitionsIntoDoneByCategoryAndBack() {
        String key = tracker()
                .createIssue(made.action("Close me", null, "42:5"))
                .value()
                .key();

        Transition done = Transition.into(
                        StatusCategory.DONE, tracker().transitions(key).value())
                .orElseThrow();
        assertTrue(tracker().transition(key, done.id()).isOk());
        Issue closed = tracker().issue(key, List.of()).value();
        Transition reopen = Transition.into(
                        StatusCategory.TO_DO, tracker().transitions(key).value())
                .orElseThrow();
        assertTrue(tracker().transition(key, reopen.id()).isOk());

        assertTrue(closed.status().isDone());
        assertEquals(
                StatusCategory.TO_DO,
                tracker().issue(key, List.of()).value().status().category());
    }

    @Test
    public void anUnknownTransitionIsRefused() {
        String key = made.plainIssue("Not to be moved");

        Result<?> result = tracker().transition(key, "999");

        assertFalse(result.isOk());
        assertEquals(
                StatusCategory.TO_DO,
                tracker().issue(key, List.of()).value().status().category());
    }

    @Test
    public void editsOnlyWhatChanges() {
        String key = tracker()
                .createIssue(made.action("Old text", someoneToAssign(), "42:6"))
                .value()
                .key();

        assertTrue(tracker()
                .editIssue(
                        key,
                        IssueChanges.none().withSummary(summary("New text")).withDueDate(Change.clear()))
                .isOk());

        Issue issue = tracker().issue(key, List.of()).value();
        assertEquals(summary("New text"), issue.summary());
        assertEquals(Optional.empty(), issue.dueDate());
        assertTrue("the assignee was not touched", issue.assignee().isPresent());
    }

    @Test
    public void aRemoteLinkIsOnePerGlobalIdAndFindsItsIssue() {
        String key = tracker()
                .createIssue(made.action("Linked", null, "42:7"))
                .value()
                .key();
        RemoteLink link = new RemoteLink(
                globalId("7"),
                "https://confluence.example.org/x/42",
                "DMLT F2F 2017-11",
                Optional.of("Linked"),
                "dev.agenda",
                "Meeting agenda",
                "mentioned in",
                Optional.empty());

        assertTrue(tracker().putRemoteLink(key, link).isOk());
        assertTrue(tracker().putRemoteLink(key, link).isOk());
        List<Issue> found = searchUntil(
                () -> tracker()
                        .issuesWithRemoteLinks(List.of(globalId("7"), globalId("none")), List.of())
                        .value(),
                issues -> !issues.isEmpty());

        assertEquals(List.of(key), found.stream().map(Issue::key).toList());
    }

    @Test
    public void entityPropertiesAreSetAndRead() {
        String key = made.plainIssue("With a property");

        assertEquals(Optional.empty(), tracker().property(key, PROPERTY).value());
        assertTrue(
                tracker().setProperty(key, PROPERTY, Map.of("actionId", "42:9")).isOk());
        assertEquals(
                Optional.of(Map.of("actionId", "42:9")),
                tracker().property(key, PROPERTY).value());
        assertEquals(
                TrackerError.Kind.ISSUE_NOT_FOUND,
                tracker()
                        .property(made.missingIssue(), PROPERTY)
                        .failure()
                        .orElseThrow()
                        .kind());
    }

    @Test
    public void watchersAreAdded() {
        String key = made.plainIssue("Watched");
        TrackerUser watcher = someoneToWatch();

        assertTrue(tracker().addWatcher(key, watcher).isOk());

        assertTrue(tracker().watchers(key).value().stream().anyMatch(w -> w.id().equals(watcher.id())));
    }

    @Test
    public void aUserIsFoundByEmail() {
        KnownUser known = someoneWithAnEmail();
        assertEquals(known.displayName(), made.userWithEmail(known.email()).displayName());
    }

    @Test
    public void anUnknownEmailFindsNobody() {
        assertEquals(
                Optional.empty(),
                tracker()
                        .findUser(new UserLookup(UserLookup.By.EMAIL, "nobody@example.org"))
                        .value());
    }

    @Test
    public void findsIssuesByLabelWithTheirProperties() {
        List<Result<CreatedIssue>> created =
                tracker().createIssues(List.of(made.action("One", null, "42:11"), made.action("Two", null, "42:12")));

        List<Issue> found = searchUntil(
                () -> tracker()
                        .issuesWithLabel(labelOfThisTest(), List.of(PROPERTY))
                        .value(),
                issues -> issues.size() >= created.size());

        assertEquals(
                created.stream().map(r -> r.value().key()).sorted().toList(),
                found.stream().map(Issue::key).sorted().toList());
        assertEquals(
                List.of("42:11", "42:12"),
                found.stream()
                        .map(issue -> issue.properties().get(PROPERTY).get("actionId"))
                        .sorted()
                        .toList());
    }
}
