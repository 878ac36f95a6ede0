package dev.agenda.jira.fake;

import dev.agenda.core.tracker.Change;
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
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.function.Supplier;

/**
 * The fake Jira in memory: the {@link IssueTracker} port over a shared {@link FakeJiraWorld}, acting as one user and
 * pretending to be a Data Center or a Cloud Jira — which decides how users are identified (username or account id).
 * Answers as the port's contract says, with the errors the REST client would report: a hidden or missing project is
 * {@code PROJECT_NOT_FOUND}, a field Jira refuses is {@code INVALID} with its message under its field name, an
 * unavailable transition {@code NOT_FOUND}. Faults from the {@link FaultPlan} are drawn once per operation (once per 50
 * issues for {@link #createIssues}, as Jira's bulk limit makes the REST client send): a 429 becomes
 * {@code RATE_LIMITED} with its wait, a 5xx {@code UNAVAILABLE}. Counts its operations by port method name.
 * Thread-safe.
 */
public final class FakeJira implements IssueTracker {

    /** Issues per bulk request in Jira, so per injected fault here. */
    static final int BULK_LIMIT = 50;

    private final FakeJiraWorld world;
    private final FakeUser viewer;
    private final ServerInfo.Deployment deployment;
    private final FaultPlan faults;
    private final Map<String, AtomicInteger> operations = new ConcurrentHashMap<>();

    public FakeJira(FakeJiraWorld world, String username, ServerInfo.Deployment deployment, FaultPlan faults) {
        this.world = Objects.requireNonNull(world, "world");
        this.viewer = world.user(username)
                .orElseThrow(() -> new IllegalArgumentException("the fake Jira has no user " + username));
        this.deployment = Objects.requireNonNull(deployment, "deployment");
        this.faults = Objects.requireNonNull(faults, "faults");
    }

    /** A Data Center fake without faults, acting as this user. */
    public static FakeJira dataCenter(FakeJiraWorld world, String username) {
        return new FakeJira(world, username, ServerInfo.Deployment.DATA_CENTER, FaultPlan.none());
    }

    /** A Cloud fake without faults, acting as this user. */
    public static FakeJira cloud(FakeJiraWorld world, String username) {
        return new FakeJira(world, username, ServerInfo.Deployment.CLOUD, FaultPlan.none());
    }

    public FakeJiraWorld world() {
        return world;
    }

    /** The user this tracker acts as, identified the way its deployment identifies users. */
    public TrackerUser actingUser() {
        return viewer.asTrackerUser(deployment);
    }

    /** How often a port operation was called, by method name ({@code "createIssues"}), faulted calls included. */
    public int operationCount(String operation) {
        AtomicInteger count = operations.get(operation);
        return count == null ? 0 : count.get();
    }

    /** Every operation called so far, with its count. */
    public Map<String, Integer> operationCounts() {
        Map<String, Integer> copy = new LinkedHashMap<>();
        operations.forEach((name, count) -> copy.put(name, count.get()));
        return copy;
    }

    @Override
    public Result<ServerInfo> serverInfo() {
        return guarded(
                "serverInfo",
                () -> Result.ok(new ServerInfo(
                        "http://fake-jira.invalid",
                        deployment == ServerInfo.Deployment.CLOUD ? "1001.0.0-SNAPSHOT" : "10.3.0",
                        deployment,
                        world.serverTitle())));
    }

    @Override
    public Result<TrackerUser> myself() {
        return guarded("myself", () -> Result.ok(actingUser()));
    }

    @Override
    public Result<Project> project(String projectKey) {
        return guarded("project", () -> world.project(viewer, projectKey));
    }

    @Override
    public Result<List<IssueType>> issueTypes(String projectKey) {
        return guarded("issueTypes", () -> world.issueTypes(viewer, projectKey));
    }

    @Override
    public Result<CreatedIssue> createIssue(NewIssue issue) {
        return guarded("createIssue", () -> world.create(viewer, draft(issue), deployment));
    }

    @Override
    public List<Result<CreatedIssue>> createIssues(List<NewIssue> issues) {
        count("createIssues");
        List<Result<CreatedIssue>> results = new ArrayList<>();
        for (int start = 0; start < issues.size(); start += BULK_LIMIT) {
            Optional<TrackerError> fault = fault();
            for (NewIssue issue : issues.subList(start, Math.min(issues.size(), start + BULK_LIMIT))) {
                results.add(fault.<Result<CreatedIssue>>map(Result::failed)
                        .orElseGet(() -> world.create(viewer, draft(issue), deployment)));
            }
        }
        return List.copyOf(results);
    }

    @Override
    public Result<Issue> issue(String issueKey, Collection<String> propertyKeys) {
        return guarded(
                "issue", () -> world.issue(viewer, issueKey).map(state -> state.toIssue(deployment, propertyKeys)));
    }

    @Override
    public Result<Done> editIssue(String issueKey, IssueChanges changes) {
        return guarded(
                "editIssue",
                () -> world.edit(
                        viewer,
                        issueKey,
                        IssueEdit.of(
                                changes.summary(),
                                changes.description(),
                                map(changes.assignee(), TrackerUser::id),
                                map(changes.dueDate(), LocalDate::toString)),
                        deployment));
    }

    @Override
    public Result<List<Transition>> transitions(String issueKey) {
        return guarded("transitions", () -> world.transitions(viewer, issueKey));
    }

    @Override
    public Result<Done> transition(String issueKey, String transitionId) {
        return guarded("transition", () -> world.transition(viewer, issueKey, transitionId));
    }

    @Override
    public Result<Done> putRemoteLink(String issueKey, RemoteLink link) {
        return guarded(
                "putRemoteLink",
                () -> world.putRemoteLink(viewer, issueKey, link).map(put -> Done.DONE));
    }

    @Override
    public Result<Optional<Map<String, String>>> property(String issueKey, String propertyKey) {
        return guarded("property", () -> world.property(viewer, issueKey, propertyKey));
    }

    @Override
    public Result<Done> setProperty(String issueKey, String propertyKey, Map<String, String> value) {
        return guarded(
                "setProperty",
                () -> world.setProperty(viewer, issueKey, propertyKey, value).map(created -> Done.DONE));
    }

    @Override
    public Result<List<TrackerUser>> watchers(String issueKey) {
        return guarded(
                "watchers",
                () -> world.watchers(viewer, issueKey)
                        .map(users -> users.stream()
                                .map(user -> user.asTrackerUser(deployment))
                                .toList()));
    }

    @Override
    public Result<Done> addWatcher(String issueKey, TrackerUser user) {
        return guarded("addWatcher", () -> world.addWatcher(viewer, issueKey, user.id(), deployment));
    }

    @Override
    public Result<Optional<TrackerUser>> findUser(UserLookup lookup) {
        boolean cloud = deployment == ServerInfo.Deployment.CLOUD;
        String value = lookup.value();
        return guarded("findUser", () -> switch (lookup.by()) {
            case USERNAME -> cloud ? notOnCloud(lookup) : found(u -> u.name().equalsIgnoreCase(value));
            case USER_KEY -> cloud ? notOnCloud(lookup) : found(u -> u.key().equals(value));
            case ACCOUNT_ID ->
                cloud
                        ? found(u -> u.accountId().equals(value))
                        : Result.failed(TrackerError.of(
                                TrackerError.Kind.INVALID,
                                "Jira Data Center identifies users by username, not by account id (" + value + ")."));
            case EMAIL -> found(u -> u.email().equalsIgnoreCase(value));
        });
    }

    @Override
    public Map<String, Result<Issue>> issuesByKey(Collection<String> issueKeys, Collection<String> propertyKeys) {
        count("issuesByKey");
        Optional<TrackerError> fault = fault();
        Map<String, Result<Issue>> answers = new LinkedHashMap<>();
        for (String key : issueKeys) {
            answers.put(key, fault.<Result<Issue>>map(Result::failed).orElseGet(() -> byKey(key, propertyKeys)));
        }
        return answers;
    }

    @Override
    public Result<List<Issue>> issuesWithRemoteLinks(Collection<String> globalIds, Collection<String> propertyKeys) {
        // Straight to the query, past JQL's 100-id limit: the port takes any number; the REST client batches.
        return guarded(
                "issuesWithRemoteLinks",
                () -> globalIds.isEmpty()
                        ? Result.ok(List.of())
                        : search(new JqlQuery.RemoteLinkIn(List.copyOf(globalIds)), propertyKeys));
    }

    @Override
    public Result<List<Issue>> issuesWithLabel(String label, Collection<String> propertyKeys) {
        return guarded("issuesWithLabel", () -> search(new JqlQuery.LabelIs(label), propertyKeys));
    }

    private Result<Issue> byKey(String key, Collection<String> propertyKeys) {
        String upper = key.strip().toUpperCase(Locale.ROOT);
        if (!JqlEvaluator.ISSUE_KEY.matcher(upper).matches()) {
            return Result.failed(
                    TrackerError.of(TrackerError.Kind.INVALID, "\"" + key + "\" is not a Jira issue key."));
        }
        Result<FakeIssueState> issue = world.issue(viewer, upper);
        if (issue.isOk()) {
            return Result.ok(issue.value().toIssue(deployment, propertyKeys));
        }
        String project = upper.substring(0, upper.lastIndexOf('-'));
        return world.project(viewer, project).isOk()
                ? Result.failed(TrackerError.issueNotFound(key))
                : Result.failed(TrackerError.projectNotFound(project));
    }

    private Result<List<Issue>> search(JqlQuery.Clause clause, Collection<String> propertyKeys) {
        JqlEvaluator.SearchAnswer answer =
                world.search(viewer, new JqlQuery(List.of(clause), false), JqlEvaluator.Validation.NONE);
        return Result.ok(answer.issues().stream()
                .map(state -> state.toIssue(deployment, propertyKeys))
                .toList());
    }

    private Result<Optional<TrackerUser>> found(Predicate<FakeUser> matches) {
        return Result.ok(
                world.users().stream().filter(matches).findFirst().map(user -> user.asTrackerUser(deployment)));
    }

    private static Result<Optional<TrackerUser>> notOnCloud(UserLookup lookup) {
        return Result.failed(TrackerError.of(
                TrackerError.Kind.INVALID,
                "Jira Cloud identifies users by account id" + " or email, not by username or key (" + lookup.value()
                        + ")."));
    }

    private <T> Result<T> guarded(String operation, Supplier<Result<T>> body) {
        count(operation);
        return fault().<Result<T>>map(Result::failed).orElseGet(body);
    }

    private void count(String operation) {
        operations.computeIfAbsent(operation, name -> new AtomicInteger()).incrementAndGet();
    }

    private Optional<TrackerError> fault() {
        return faults.next()
                .map(fault -> fault instanceof FaultPlan.RateLimited limited
                        ? TrackerError.rateLimited(limited.retryAfter())
                        : TrackerError.of(
                                TrackerError.Kind.UNAVAILABLE,
                                "The fake Jira failed (HTTP " + ((FaultPlan.ServerError) fault).status()
                                        + ", injected); try again later."));
    }

    private IssueDraft draft(NewIssue issue) {
        return new IssueDraft(
                issue.projectKey(),
                issue.issueType(),
                Optional.of(issue.summary()),
                issue.description(),
                issue.assignee().map(TrackerUser::id),
                issue.dueDate().map(LocalDate::toString),
                issue.labels(),
                issue.properties(),
                Map.of());
    }

    private static <T, R> Change<R> map(Change<T> change, Function<T, R> mapper) {
        if (change instanceof Change.Set<T> set) {
            return Change.set(mapper.apply(set.value()));
        }
        return change instanceof Change.Clear<T> ? Change.clear() : Change.keep();
    }
}
