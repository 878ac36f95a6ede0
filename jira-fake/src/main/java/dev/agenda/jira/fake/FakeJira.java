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
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.regex.Pattern;

/**
 * The fake Jira in memory: the {@link IssueTracker} port over a {@link FakeJiraWorld}, acting as one user, pretending
 * to be a Data Center or a Cloud Jira (which decides how users are identified). Faults from the {@link FaultPlan}
 * become the errors the REST client would report: a 429 is {@code RATE_LIMITED}, a 5xx {@code UNAVAILABLE}. Thread-safe.
 */
public final class FakeJira implements IssueTracker {

    private static final Pattern ISSUE_KEY = Pattern.compile("[A-Z][A-Z0-9_]*-[1-9][0-9]*");

    private final FakeJiraWorld world;
    private final FakeUser viewer;
    private final ServerInfo.Deployment deployment;
    private final FaultPlan faults;

    public FakeJira(FakeJiraWorld world, String username, ServerInfo.Deployment deployment, FaultPlan faults) {
        this.world = world;
        this.viewer = world.user(username).orElseThrow(() -> new IllegalArgumentException("no user " + username));
        this.deployment = deployment;
        this.faults = faults;
    }

    /** A Data Center fake without faults, acting as this user. */
    public static FakeJira dataCenter(FakeJiraWorld world, String username) {
        return new FakeJira(world, username, ServerInfo.Deployment.DATA_CENTER, FaultPlan.none());
    }

    @Override
    public Result<ServerInfo> serverInfo() {
        return guarded(() -> Result.ok(new ServerInfo("http://fake-jira.invalid", "10.3.0", deployment,
                "Fake Jira")));
    }

    @Override
    public Result<TrackerUser> myself() {
        return guarded(() -> Result.ok(viewer.asTrackerUser(deployment)));
    }

    @Override
    public Result<Project> project(String projectKey) {
        return guarded(() -> world.project(viewer, projectKey));
    }

    @Override
    public Result<List<IssueType>> issueTypes(String projectKey) {
        return guarded(() -> world.issueTypes(viewer, projectKey));
    }

    @Override
    public Result<CreatedIssue> createIssue(NewIssue issue) {
        return guarded(() -> world.create(viewer, draft(issue)));
    }

    @Override
    public List<Result<CreatedIssue>> createIssues(List<NewIssue> issues) {
        Optional<TrackerError> fault = fault();
        return issues.stream().map(issue -> fault.<Result<CreatedIssue>>map(Result::failed)
                .orElseGet(() -> world.create(viewer, draft(issue)))).toList();
    }

    @Override
    public Result<Issue> issue(String issueKey, Collection<String> propertyKeys) {
        return guarded(() -> world.issue(viewer, issueKey, List.copyOf(propertyKeys), deployment)
                .map(FakeJiraWorld.IssueView::issue));
    }

    @Override
    public Result<Done> editIssue(String issueKey, IssueChanges changes) {
        return guarded(() -> world.edit(viewer, issueKey, changes.summary(), widen(changes.description()),
                map(changes.assignee(), TrackerUser::id), map(changes.dueDate(), LocalDate::toString)));
    }

    @Override
    public Result<List<Transition>> transitions(String issueKey) {
        return guarded(() -> world.transitions(viewer, issueKey));
    }

    @Override
    public Result<Done> transition(String issueKey, String transitionId) {
        return guarded(() -> world.transition(viewer, issueKey, transitionId));
    }

    @Override
    public Result<Done> putRemoteLink(String issueKey, RemoteLink link) {
        return guarded(() -> world.putRemoteLink(viewer, issueKey, link).map(created -> Done.DONE));
    }

    @Override
    public Result<Optional<Map<String, String>>> property(String issueKey, String propertyKey) {
        return guarded(() -> world.property(viewer, issueKey, propertyKey));
    }

    @Override
    public Result<Done> setProperty(String issueKey, String propertyKey, Map<String, String> value) {
        return guarded(() -> world.setProperty(viewer, issueKey, propertyKey, value).map(created -> Done.DONE));
    }

    @Override
    public Result<List<TrackerUser>> watchers(String issueKey) {
        return guarded(() -> world.watchers(viewer, issueKey)
                .map(users -> users.stream().map(user -> user.asTrackerUser(deployment)).toList()));
    }

    @Override
    public Result<Done> addWatcher(String issueKey, TrackerUser user) {
        return guarded(() -> world.addWatcher(viewer, issueKey, user.id()));
    }

    @Override
    public Result<Optional<TrackerUser>> findUser(UserLookup lookup) {
        boolean cloud = deployment == ServerInfo.Deployment.CLOUD;
        return guarded(() -> switch (lookup.by()) {
            case USERNAME, USER_KEY -> cloud ? Result.failed(TrackerError.of(TrackerError.Kind.INVALID,
                    "Jira Cloud identifies users by account id or email, not by username or key."))
                    : Result.ok(world.user(lookup.value()).map(user -> user.asTrackerUser(deployment)));
            case ACCOUNT_ID -> cloud ? Result.ok(world.user(lookup.value()).map(user -> user.asTrackerUser(deployment)))
                    : Result.failed(TrackerError.of(TrackerError.Kind.INVALID,
                    "Jira Data Center identifies users by username, not by account id."));
            case EMAIL -> Result.ok(world.users().stream()
                    .filter(user -> user.email().equalsIgnoreCase(lookup.value())).findFirst()
                    .map(user -> user.asTrackerUser(deployment)));
        });
    }

    @Override
    public Map<String, Result<Issue>> issuesByKey(Collection<String> issueKeys, Collection<String> propertyKeys) {
        Optional<TrackerError> fault = fault();
        Map<String, Result<Issue>> answers = new LinkedHashMap<>();
        for (String key : issueKeys) {
            answers.put(key, fault.<Result<Issue>>map(Result::failed).orElseGet(() -> byKey(key, propertyKeys)));
        }
        return answers;
    }

    private Result<Issue> byKey(String key, Collection<String> propertyKeys) {
        String upper = key.toUpperCase(Locale.ROOT);
        if (!ISSUE_KEY.matcher(upper).matches()) {
            return Result.failed(TrackerError.of(TrackerError.Kind.INVALID, "\"" + key + "\" is not a Jira issue key."));
        }
        Result<Issue> issue = world.issue(viewer, upper, List.copyOf(propertyKeys), deployment)
                .map(FakeJiraWorld.IssueView::issue);
        if (issue.isOk()) {
            return issue;
        }
        String project = upper.substring(0, upper.lastIndexOf('-'));
        return world.project(viewer, project).isOk() ? Result.failed(TrackerError.issueNotFound(key))
                : Result.failed(TrackerError.projectNotFound(project));
    }

    @Override
    public Result<List<Issue>> issuesWithRemoteLinks(Collection<String> globalIds, Collection<String> propertyKeys) {
        if (globalIds.isEmpty()) {
            return guarded(() -> Result.ok(List.of()));
        }
        String jql = "issue in issuesWithRemoteLinksByGlobalId(" + String.join(", ",
                globalIds.stream().map(FakeJira::quoted).toList()) + ")";
        return search(jql, propertyKeys);
    }

    @Override
    public Result<List<Issue>> issuesWithLabel(String label, Collection<String> propertyKeys) {
        return search("labels = " + quoted(label), propertyKeys);
    }

    private Result<List<Issue>> search(String jql, Collection<String> propertyKeys) {
        return guarded(() -> {
            FakeJiraWorld.SearchAnswer answer = world.search(viewer, jql, false, List.copyOf(propertyKeys),
                    deployment);
            if (!answer.errorMessages().isEmpty()) {
                return Result.failed(TrackerError.of(TrackerError.Kind.INVALID,
                        "Jira rejected the request: " + String.join("; ", answer.errorMessages())));
            }
            return Result.ok(answer.issues().stream().map(FakeJiraWorld.IssueView::issue).toList());
        });
    }

    private <T> Result<T> guarded(Supplier<Result<T>> operation) {
        Optional<TrackerError> fault = fault();
        return fault.<Result<T>>map(Result::failed).orElseGet(operation);
    }

    private Optional<TrackerError> fault() {
        return faults.next().map(fault -> fault instanceof FaultPlan.RateLimited limited
                ? TrackerError.rateLimited(limited.retryAfter())
                : TrackerError.of(TrackerError.Kind.UNAVAILABLE, "The fake Jira failed (HTTP "
                        + ((FaultPlan.ServerError) fault).status() + ", injected); try again later."));
    }

    private IssueDraft draft(NewIssue issue) {
        return new IssueDraft(issue.projectKey(), issue.issueType(), issue.summary(), issue.description(),
                issue.assignee().map(TrackerUser::id), issue.dueDate().map(LocalDate::toString), issue.labels(),
                issue.properties());
    }

    private static <T, R> Change<R> map(Change<T> change, java.util.function.Function<T, R> mapper) {
        if (change instanceof Change.Set<T> set) {
            return Change.set(mapper.apply(set.value()));
        }
        return change instanceof Change.Clear<T> ? Change.clear() : Change.keep();
    }

    private static <T> Change<Object> widen(Change<T> change) {
        return map(change, value -> (Object) value);
    }

    private static String quoted(String value) {
        return "\"" + value.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }
}
