package dev.agenda.jira.fake;

import dev.agenda.core.tracker.Change;
import dev.agenda.core.tracker.CreatedIssue;
import dev.agenda.core.tracker.Description;
import dev.agenda.core.tracker.Done;
import dev.agenda.core.tracker.IssueStatus;
import dev.agenda.core.tracker.IssueType;
import dev.agenda.core.tracker.Project;
import dev.agenda.core.tracker.RemoteLink;
import dev.agenda.core.tracker.Result;
import dev.agenda.core.tracker.ServerInfo;
import dev.agenda.core.tracker.TrackerError;
import dev.agenda.core.tracker.Transition;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * The fake Jira's state, shared by the in-memory {@link FakeJira} and the {@link FakeJiraHttpServer}: projects DM
 * ("Data Management") and RFC ("Requests for Comment") with issue types Task, Bug, Story and Sub-task; the reference
 * page's users; the seeded issues DM-12813 (In Progress), RFC-188 (To Do) and RFC-243 (Done); and everything created
 * since, numbered on from them per project (DM-12814, RFC-244). Timestamps come from the injected clock.
 *
 * <p>Every operation acts as a viewer. A project hidden from a user with {@link #hideProject} — and every issue in it —
 * looks to that user exactly like one that does not exist. Test hooks: {@link #moveTo} changes an issue's status as
 * someone working in Jira would, {@link #state} reads everything about an issue without a viewer, and
 * {@link #renameServer} changes the title {@code serverInfo} answers, as a Jira's administrator may.
 *
 * <p>Thread-safe: every operation holds the world's lock, so each is atomic.
 */
public final class FakeJiraWorld {

    private final Clock clock;
    private final List<FakeUser> users;
    private final Map<String, Project> projects = new LinkedHashMap<>();
    private final Map<String, Integer> nextNumber = new LinkedHashMap<>();
    private final Map<String, FakeIssue> issues = new LinkedHashMap<>();
    private final Set<List<String>> hidden = new HashSet<>();
    private final IssueRules rules;
    private String serverTitle = "Fake Jira";
    private int nextIssueId = 20000;
    private long nextLinkId = 10000;

    private FakeJiraWorld(Clock clock, List<FakeUser> users) {
        this.clock = Objects.requireNonNull(clock, "clock");
        this.users = List.copyOf(users);
        this.rules = new IssueRules(this::userFor);
    }

    /** The seeded world; its timestamps come from this clock. */
    public static FakeJiraWorld seeded(Clock clock) {
        FakeJiraWorld world = new FakeJiraWorld(clock, SeedData.users());
        SeedData.PROJECTS.forEach(project -> world.projects.put(project.key(), project));
        FakeUser reporter = world.user(SeedData.REPORTER).orElseThrow();
        for (SeedData.SeedIssue seed : SeedData.ISSUES) {
            world.nextNumber.put(seed.projectKey(), seed.number());
            FakeIssue issue = world.newIssue(seed.projectKey(), "Task", reporter);
            issue.summary = seed.summary();
            issue.description = SeedData.description(seed.description());
            issue.assignee = world.user(seed.assignee()).orElseThrow();
            issue.status = seed.status();
        }
        return world;
    }

    public Clock clock() {
        return clock;
    }

    /** The server's title, as {@code serverInfo} answers it ("Fake Jira" unless renamed). */
    public synchronized String serverTitle() {
        return serverTitle;
    }

    /** Gives the server another title, any text at all, as a Jira's administrator may. */
    public synchronized void renameServer(String title) {
        this.serverTitle = Objects.requireNonNull(title, "title");
    }

    /** Everyone in the fake Jira, in the order of its users.csv. */
    public List<FakeUser> users() {
        return users;
    }

    /** The user any identifier names: username (ignoring case), user key or account id. */
    public Optional<FakeUser> user(String identifier) {
        return users.stream()
                .filter(user -> user.isNamedBy(identifier, ServerInfo.Deployment.DATA_CENTER)
                        || user.isNamedBy(identifier, ServerInfo.Deployment.CLOUD))
                .findFirst();
    }

    /** The user an identifier names the way the deployment identifies users (account id on Cloud). */
    public Optional<FakeUser> userFor(String identifier, ServerInfo.Deployment deployment) {
        return users.stream()
                .filter(user -> user.isNamedBy(identifier, deployment))
                .findFirst();
    }

    /** Users a Jira user search for this query finds, in directory order. */
    public List<FakeUser> searchUsers(String query, ServerInfo.Deployment deployment) {
        return users.stream()
                .filter(user -> user.matchesSearch(query, deployment))
                .toList();
    }

    /** Hides a project from a user: to them it and its issues do not exist. */
    public synchronized void hideProject(String username, String projectKey) {
        hidden.add(List.of(username.toLowerCase(Locale.ROOT), projectKey.toUpperCase(Locale.ROOT)));
    }

    /** Lets the user see the project again. */
    public synchronized void showProject(String username, String projectKey) {
        hidden.remove(List.of(username.toLowerCase(Locale.ROOT), projectKey.toUpperCase(Locale.ROOT)));
    }

    /** Whether the user may browse the project (it exists and is not hidden from them). */
    public synchronized boolean canBrowse(String username, String projectKey) {
        String key = projectKey.toUpperCase(Locale.ROOT);
        return projects.containsKey(key) && !hidden.contains(List.of(username.toLowerCase(Locale.ROOT), key));
    }

    /** Moves an issue to a status directly, as someone working in Jira would ("moved to Done in Jira"). */
    public synchronized void moveTo(String issueKey, IssueStatus status) {
        FakeIssue issue = issues.get(issueKey.toUpperCase(Locale.ROOT));
        if (issue == null) {
            throw new IllegalArgumentException("the fake Jira has no issue " + issueKey);
        }
        changeStatus(issue, status, null);
    }

    /** Moves an issue to the status with this name ("Done"). */
    public void moveTo(String issueKey, String statusName) {
        moveTo(issueKey, Workflow.status(statusName));
    }

    public synchronized int issueCount() {
        return issues.size();
    }

    /** Every issue key, in creation order, whoever may see them. */
    public synchronized List<String> issueKeys() {
        return List.copyOf(issues.keySet());
    }

    /** Everything about an issue, seen by no one in particular; empty if there is no such issue. */
    public synchronized Optional<FakeIssueState> state(String issueKey) {
        return Optional.ofNullable(issues.get(issueKey.toUpperCase(Locale.ROOT)))
                .map(FakeIssue::snapshot);
    }

    synchronized Result<Project> project(FakeUser viewer, String key) {
        Project project = projects.get(key.toUpperCase(Locale.ROOT));
        return project != null && canBrowse(viewer.name(), key)
                ? Result.ok(project)
                : Result.failed(TrackerError.projectNotFound(key));
    }

    synchronized Result<List<IssueType>> issueTypes(FakeUser viewer, String projectKey) {
        return project(viewer, projectKey).map(project -> SeedData.ISSUE_TYPES);
    }

    synchronized Result<CreatedIssue> create(FakeUser viewer, IssueDraft draft, ServerInfo.Deployment deployment) {
        Map<String, String> errors =
                rules.check(draft, project(viewer, draft.projectKey()).isOk(), deployment);
        if (!errors.isEmpty()) {
            return Result.failed(IssueRules.invalid("Jira rejected the issue", errors));
        }
        FakeIssue issue = newIssue(
                draft.projectKey().toUpperCase(Locale.ROOT),
                IssueRules.issueType(draft.issueType()).orElseThrow().name(),
                viewer);
        issue.summary = draft.summary().orElseThrow(); // the rules refused a draft without one
        issue.description = draft.description();
        issue.assignee = draft.assignee().flatMap(id -> userFor(id, deployment)).orElse(null);
        issue.dueDate = draft.dueDate().map(LocalDate::parse).orElse(null);
        issue.labels = new ArrayList<>(draft.labels());
        issue.properties.putAll(draft.properties());
        return Result.ok(new CreatedIssue(issue.id, issue.key));
    }

    synchronized Result<FakeIssueState> issue(FakeUser viewer, String key) {
        return visible(viewer, key).map(FakeIssue::snapshot);
    }

    synchronized Result<Done> edit(FakeUser viewer, String key, IssueEdit edit, ServerInfo.Deployment deployment) {
        return visible(viewer, key).flatMap(issue -> {
            Map<String, String> errors = rules.check(edit, deployment);
            if (!errors.isEmpty()) {
                return Result.failed(IssueRules.invalid("Jira rejected the edit", errors));
            }
            if (edit.summary() instanceof Change.Set<String> set) {
                issue.summary = set.value();
            }
            if (edit.description() instanceof Change.Set<Description> set) {
                issue.description = set.value();
            } else if (edit.description() instanceof Change.Clear) {
                issue.description = Description.of();
            }
            if (!edit.assignee().isKeep()) {
                issue.assignee = edit.assignee() instanceof Change.Set<String> set
                        ? userFor(set.value(), deployment).orElseThrow()
                        : null;
            }
            if (!edit.dueDate().isKeep()) {
                issue.dueDate = edit.dueDate() instanceof Change.Set<String> set ? LocalDate.parse(set.value()) : null;
            }
            edit.setLabels().ifPresent(labels -> issue.labels = new ArrayList<>(labels));
            edit.addLabels().stream()
                    .filter(label -> !issue.labels.contains(label))
                    .forEach(issue.labels::add);
            issue.labels.removeAll(edit.removeLabels());
            issue.updated = clock.instant();
            return Result.ok(Done.DONE);
        });
    }

    synchronized Result<List<Transition>> transitions(FakeUser viewer, String key) {
        return visible(viewer, key).map(issue -> Workflow.from(issue.status));
    }

    synchronized Result<Done> transition(FakeUser viewer, String key, String transitionId) {
        return visible(viewer, key)
                .flatMap(issue -> Workflow.byId(issue.status, transitionId)
                        .map(transition -> {
                            changeStatus(issue, transition.to(), viewer);
                            return Result.ok(Done.DONE);
                        })
                        .orElseGet(() -> Result.failed(TrackerError.of(
                                TrackerError.Kind.NOT_FOUND,
                                "Transition id '"
                                        + transitionId + "' is not valid for " + issue.key + " in status "
                                        + issue.status.name()
                                        + "."))));
    }

    /** Creates the link, or updates the issue's link with the same globalId. */
    synchronized Result<RemoteLinkPut> putRemoteLink(FakeUser viewer, String key, RemoteLink link) {
        return visible(viewer, key).map(issue -> {
            RemoteLinkPut put = issue.putRemoteLink(link, nextLinkId);
            if (put.created()) {
                nextLinkId++;
            }
            issue.updated = clock.instant();
            return put;
        });
    }

    synchronized Result<Optional<Map<String, String>>> property(FakeUser viewer, String key, String name) {
        return visible(viewer, key).map(issue -> Optional.ofNullable(issue.properties.get(name)));
    }

    /** Sets a property; answers whether it was new. */
    synchronized Result<Boolean> setProperty(FakeUser viewer, String key, String name, Map<String, String> value) {
        return visible(viewer, key).map(issue -> issue.properties.put(name, Map.copyOf(value)) == null);
    }

    synchronized Result<List<FakeUser>> watchers(FakeUser viewer, String key) {
        return visible(viewer, key).map(issue -> List.copyOf(issue.watchers));
    }

    synchronized Result<Done> addWatcher(FakeUser viewer, String key, String userId, ServerInfo.Deployment deployment) {
        return visible(viewer, key)
                .flatMap(issue -> userFor(userId, deployment)
                        .map(user -> {
                            issue.watchers.add(user);
                            return Result.ok(Done.DONE);
                        })
                        .orElseGet(() -> Result.failed(
                                TrackerError.of(TrackerError.Kind.NOT_FOUND, "Jira has no user " + userId + "."))));
    }

    synchronized JqlEvaluator.SearchAnswer search(FakeUser viewer, JqlQuery query, JqlEvaluator.Validation validation) {
        List<FakeIssueState> visible = issues.values().stream()
                .filter(issue -> canBrowse(viewer.name(), issue.projectKey))
                .map(FakeIssue::snapshot)
                .toList();
        return JqlEvaluator.evaluate(query, validation, visible, project -> canBrowse(viewer.name(), project));
    }

    /** An issue by key (any case) or numeric id, if it exists and the viewer may see its project. */
    private Result<FakeIssue> visible(FakeUser viewer, String keyOrId) {
        String wanted = keyOrId.toUpperCase(Locale.ROOT);
        FakeIssue issue = issues.get(wanted);
        if (issue == null && !wanted.isEmpty() && wanted.chars().allMatch(Character::isDigit)) {
            issue = issues.values().stream()
                    .filter(candidate -> candidate.id.equals(wanted))
                    .findFirst()
                    .orElse(null);
        }
        if (issue == null || !canBrowse(viewer.name(), issue.projectKey)) {
            return Result.failed(TrackerError.issueNotFound(keyOrId));
        }
        return Result.ok(issue);
    }

    private FakeIssue newIssue(String projectKey, String issueType, FakeUser reporter) {
        int number = nextNumber.getOrDefault(projectKey, 1);
        nextNumber.put(projectKey, number + 1);
        FakeIssue issue =
                new FakeIssue(String.valueOf(nextIssueId++), projectKey, number, issueType, reporter, clock.instant());
        issues.put(issue.key, issue);
        return issue;
    }

    /** @param by who moved it through the REST API; null for someone working in Jira */
    private void changeStatus(FakeIssue issue, IssueStatus status, @Nullable FakeUser by) {
        if (issue.status.category() != status.category()) {
            issue.statusChanged = clock.instant();
        }
        if (!issue.status.equals(status)) {
            issue.history.add(
                    new FakeIssueState.StatusChange(issue.status, status, clock.instant(), Optional.ofNullable(by)));
        }
        issue.status = status;
        issue.updated = clock.instant();
    }
}
