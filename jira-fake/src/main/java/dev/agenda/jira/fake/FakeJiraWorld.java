package dev.agenda.jira.fake;

import dev.agenda.core.tracker.Change;
import dev.agenda.core.tracker.CreatedIssue;
import dev.agenda.core.tracker.Done;
import dev.agenda.core.tracker.Issue;
import dev.agenda.core.tracker.IssueStatus;
import dev.agenda.core.tracker.IssueType;
import dev.agenda.core.tracker.Project;
import dev.agenda.core.tracker.RemoteLink;
import dev.agenda.core.tracker.Result;
import dev.agenda.core.tracker.ServerInfo;
import dev.agenda.core.tracker.TrackerError;
import dev.agenda.core.tracker.Transition;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * The fake Jira's state, shared by the in-memory tracker and the HTTP server: projects DM and RFC, the reference page's
 * users, the seeded issues DM-12813, RFC-188 and RFC-243, and everything created since. Every operation acts as a
 * viewer; a project hidden from a viewer (and its issues) looks to that viewer exactly like one that does not exist.
 * Thread-safe: every operation holds the world's lock.
 */
public final class FakeJiraWorld {

    /** What the HTTP layer needs beyond the tracker model to write an issue as Jira does. */
    public record IssueView(Issue issue, String projectKey, String issueType,
                            Object description, Instant created) {
    }

    /** A search's answer: issues, or Jira's error messages (the query is refused), and warnings. */
    public record SearchAnswer(List<IssueView> issues, List<String> errorMessages, List<String> warnings) {
    }

    static final int SUMMARY_LIMIT = 255;
    private static final List<IssueType> ISSUE_TYPES = List.of(new IssueType("10001", "Task", false),
            new IssueType("10002", "Bug", false), new IssueType("10003", "Story", false),
            new IssueType("10004", "Sub-task", true));

    private final Clock clock;
    private final Map<String, Project> projects = new LinkedHashMap<>();
    private final Map<String, Integer> nextNumber = new LinkedHashMap<>();
    private final List<FakeUser> users;
    private final Map<String, FakeIssue> issues = new LinkedHashMap<>();
    private final Set<String> hidden = new HashSet<>();
    private int nextId = 20000;

    private FakeJiraWorld(Clock clock, List<FakeUser> users) {
        this.clock = clock;
        this.users = List.copyOf(users);
    }

    /** The seeded world: DM and RFC, the reference users, DM-12813 (In Progress), RFC-188 (To Do), RFC-243 (Done). */
    public static FakeJiraWorld seeded(Clock clock) {
        FakeJiraWorld world = new FakeJiraWorld(clock, referenceUsers());
        world.projects.put("DM", new Project("10100", "DM", "Data Management"));
        world.projects.put("RFC", new Project("10200", "RFC", "Requests for Comment"));
        world.nextNumber.put("DM", 12813);
        world.nextNumber.put("RFC", 188);
        world.seed("DM", "Define the metadata pipeline outputs need to be useful for SUIT", "gpdf", Workflow.IN_PROGRESS);
        world.seed("RFC", "Support stack releases", "swinbank", Workflow.TO_DO);
        world.nextNumber.put("RFC", 243);
        world.seed("RFC", "Pipeline output dataset", "ktl", Workflow.DONE);
        return world;
    }

    private void seed(String project, String summary, String assignee, IssueStatus status) {
        FakeIssue issue = newIssue(project, "Task");
        issue.summary = summary;
        issue.assignee = user(assignee).orElseThrow();
        issue.status = status;
    }

    private FakeIssue newIssue(String projectKey, String issueType) {
        int number = nextNumber.merge(projectKey, 1, Integer::sum) - 1;
        FakeIssue issue = new FakeIssue(String.valueOf(nextId++), projectKey + "-" + number, projectKey, issueType,
                clock.instant());
        issues.put(issue.key, issue);
        return issue;
    }

    private static List<FakeUser> referenceUsers() {
        List<FakeUser> users = new ArrayList<>();
        try (InputStream in = FakeJiraWorld.class.getResourceAsStream("users.csv");
             BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            reader.readLine();
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                String[] cells = line.split(",");
                if (cells.length >= 3) {
                    users.add(FakeUser.of(cells[0].trim(), users.size(), cells[1].trim(), cells[2].trim()));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("the fake Jira's users.csv is part of its jar", e);
        }
        return users;
    }

    public Clock clock() {
        return clock;
    }

    public synchronized List<FakeUser> users() {
        return users;
    }

    /** The user an identifier (username, user key or account id) names. */
    public synchronized Optional<FakeUser> user(String identifier) {
        return users.stream().filter(user -> user.isNamedBy(identifier)).findFirst();
    }

    /** Users whose username, email or display name contains the query, ignoring case. */
    public synchronized List<FakeUser> searchUsers(String query) {
        String wanted = query.toLowerCase(Locale.ROOT);
        return users.stream().filter(user -> user.name().toLowerCase(Locale.ROOT).contains(wanted)
                || user.email().toLowerCase(Locale.ROOT).contains(wanted)
                || user.displayName().toLowerCase(Locale.ROOT).contains(wanted)).toList();
    }

    /** Hides a project from a user: to them it and its issues do not exist. */
    public synchronized void hideProject(String username, String projectKey) {
        hidden.add(username + "/" + projectKey);
    }

    /** Moves an issue to a status directly, as someone working in Jira would. */
    public synchronized void moveTo(String issueKey, IssueStatus status) {
        FakeIssue issue = issues.get(issueKey);
        if (issue == null) {
            throw new IllegalArgumentException("no issue " + issueKey);
        }
        changeStatus(issue, status);
    }

    public synchronized int issueCount() {
        return issues.size();
    }

    public synchronized Result<Project> project(FakeUser viewer, String key) {
        Project project = projects.get(key.toUpperCase(Locale.ROOT));
        return project == null || hidden.contains(viewer.name() + "/" + project.key())
                ? Result.failed(TrackerError.projectNotFound(key)) : Result.ok(project);
    }

    public synchronized Result<List<IssueType>> issueTypes(FakeUser viewer, String projectKey) {
        return project(viewer, projectKey).map(project -> ISSUE_TYPES);
    }

    public synchronized Result<CreatedIssue> create(FakeUser viewer, IssueDraft draft) {
        Map<String, String> errors = new LinkedHashMap<>();
        Optional<Project> project = project(viewer, draft.projectKey()).toOptional();
        if (project.isEmpty()) {
            errors.put("project", "Specify a valid project ID or key");
        }
        if (ISSUE_TYPES.stream().noneMatch(type -> type.name().equalsIgnoreCase(draft.issueType()))) {
            errors.put("issuetype", "Specify a valid issue type");
        }
        if (draft.summary() == null || draft.summary().isBlank()) {
            errors.put("summary", "You must specify a summary of the issue.");
        } else if (draft.summary().length() > SUMMARY_LIMIT) {
            errors.put("summary", "Summary must be less than 255 characters.");
        }
        Optional<FakeUser> assignee = draft.assignee().flatMap(this::user);
        draft.assignee().filter(id -> assignee.isEmpty())
                .ifPresent(id -> errors.put("assignee", "User '" + id + "' does not exist."));
        Optional<LocalDate> due = draft.dueDate().flatMap(text -> date(text, errors));
        if (!errors.isEmpty()) {
            return Result.failed(new TrackerError(TrackerError.Kind.INVALID, "Jira rejected the issue: " + errors,
                    errors, Optional.empty()));
        }
        FakeIssue issue = newIssue(project.orElseThrow().key(), draft.issueType());
        issue.summary = draft.summary();
        issue.description = draft.description();
        issue.assignee = assignee.orElse(null);
        issue.dueDate = due.orElse(null);
        issue.labels = new ArrayList<>(draft.labels());
        issue.properties.putAll(draft.properties());
        return Result.ok(new CreatedIssue(issue.id, issue.key));
    }

    public synchronized Result<IssueView> issue(FakeUser viewer, String key, List<String> propertyKeys,
                                                ServerInfo.Deployment deployment) {
        return visible(viewer, key).map(issue -> view(issue, propertyKeys, deployment));
    }

    public synchronized Result<Done> edit(FakeUser viewer, String key, Change<String> summary,
                                          Change<Object> description, Change<String> assignee,
                                          Change<String> dueDate) {
        return visible(viewer, key).flatMap(issue -> {
            Map<String, String> errors = new LinkedHashMap<>();
            if (summary instanceof Change.Set<String> set && (set.value().isBlank()
                    || set.value().length() > SUMMARY_LIMIT)) {
                errors.put("summary", "You must specify a summary of the issue (at most 255 characters).");
            }
            if (summary instanceof Change.Clear<String>) {
                errors.put("summary", "You must specify a summary of the issue.");
            }
            Optional<FakeUser> newAssignee = assignee instanceof Change.Set<String> set ? user(set.value())
                    : Optional.empty();
            if (assignee instanceof Change.Set<String> set && newAssignee.isEmpty()) {
                errors.put("assignee", "User '" + set.value() + "' does not exist.");
            }
            Optional<LocalDate> newDue = dueDate instanceof Change.Set<String> set ? date(set.value(), errors)
                    : Optional.empty();
            if (!errors.isEmpty()) {
                return Result.failed(new TrackerError(TrackerError.Kind.INVALID, "Jira rejected the edit: " + errors,
                        errors, Optional.empty()));
            }
            if (summary instanceof Change.Set<String> set) {
                issue.summary = set.value();
            }
            if (description instanceof Change.Set<Object> set) {
                issue.description = set.value();
            } else if (description instanceof Change.Clear<Object>) {
                issue.description = null;
            }
            if (!assignee.isKeep()) {
                issue.assignee = newAssignee.orElse(null);
            }
            if (!dueDate.isKeep()) {
                issue.dueDate = newDue.orElse(null);
            }
            issue.updated = clock.instant();
            return Result.ok(Done.DONE);
        });
    }

    public synchronized Result<List<Transition>> transitions(FakeUser viewer, String key) {
        return visible(viewer, key).map(issue -> Workflow.from(issue.status));
    }

    public synchronized Result<Done> transition(FakeUser viewer, String key, String transitionId) {
        return visible(viewer, key).flatMap(issue -> Workflow.byId(issue.status, transitionId)
                .map(transition -> {
                    changeStatus(issue, transition.to());
                    return Result.ok(Done.DONE);
                })
                .orElseGet(() -> Result.failed(TrackerError.of(TrackerError.Kind.INVALID, "Transition id '"
                        + transitionId + "' is not valid for this issue."))));
    }

    /** Creates the link or replaces the one with the same globalId; answers whether it was created. */
    public synchronized Result<Boolean> putRemoteLink(FakeUser viewer, String key, RemoteLink link) {
        return visible(viewer, key).map(issue -> {
            boolean created = issue.remoteLinks.put(link.globalId(), link) == null;
            issue.updated = clock.instant();
            return created;
        });
    }

    public synchronized Result<List<RemoteLink>> remoteLinks(FakeUser viewer, String key) {
        return visible(viewer, key).map(issue -> List.copyOf(issue.remoteLinks.values()));
    }

    public synchronized Result<Optional<Map<String, String>>> property(FakeUser viewer, String key, String name) {
        return visible(viewer, key).map(issue -> Optional.ofNullable(issue.properties.get(name)));
    }

    /** Sets a property; answers whether it was new. */
    public synchronized Result<Boolean> setProperty(FakeUser viewer, String key, String name,
                                                    Map<String, String> value) {
        return visible(viewer, key).map(issue -> issue.properties.put(name, Map.copyOf(value)) == null);
    }

    public synchronized Result<List<FakeUser>> watchers(FakeUser viewer, String key) {
        return visible(viewer, key).map(issue -> List.copyOf(issue.watchers));
    }

    public synchronized Result<Done> addWatcher(FakeUser viewer, String key, String userIdentifier) {
        return visible(viewer, key).flatMap(issue -> user(userIdentifier).map(user -> {
            issue.watchers.add(user);
            return Result.ok(Done.DONE);
        }).orElseGet(() -> Result.failed(TrackerError.of(TrackerError.Kind.NOT_FOUND,
                "Jira has no user " + userIdentifier + "."))));
    }

    /** Runs a JQL search; {@code strict} refuses unknown keys by name (Cloud), else leaves them out with a warning. */
    public synchronized SearchAnswer search(FakeUser viewer, String jql, boolean strict, List<String> propertyKeys,
                                            ServerInfo.Deployment deployment) {
        JqlQuery query;
        try {
            query = JqlQuery.parse(jql);
        } catch (JqlQuery.JqlException e) {
            return new SearchAnswer(List.of(), List.of(e.getMessage()), List.of());
        }
        List<String> unknown = new ArrayList<>();
        for (JqlQuery.Clause clause : query.clauses()) {
            if (clause instanceof JqlQuery.KeyIn keyIn) {
                keyIn.keys().stream().filter(key -> visible(viewer, key) instanceof Result.Failed).forEach(unknown::add);
            }
        }
        List<String> messages = unknown.stream()
                .map(key -> "An issue with key '" + key + "' does not exist for field 'key'.").toList();
        if (strict && !messages.isEmpty()) {
            return new SearchAnswer(List.of(), messages, List.of());
        }
        Comparator<FakeIssue> byKey = Comparator.comparing((FakeIssue issue) -> issue.projectKey)
                .thenComparingInt(issue -> Integer.parseInt(issue.key.substring(issue.key.indexOf('-') + 1)));
        List<IssueView> found = issues.values().stream()
                .filter(issue -> visible(viewer, issue.key).isOk())
                .filter(issue -> query.clauses().stream().allMatch(clause -> matches(issue, clause)))
                .sorted(query.descending() ? byKey.reversed() : byKey)
                .map(issue -> view(issue, propertyKeys, deployment)).toList();
        return new SearchAnswer(found, List.of(), messages);
    }

    private static boolean matches(FakeIssue issue, JqlQuery.Clause clause) {
        if (clause instanceof JqlQuery.KeyIn keyIn) {
            return keyIn.keys().contains(issue.key);
        }
        if (clause instanceof JqlQuery.RemoteLinkIn links) {
            return links.globalIds().stream().anyMatch(issue.remoteLinks::containsKey);
        }
        if (clause instanceof JqlQuery.LabelIs label) {
            return issue.labels.contains(label.label());
        }
        return issue.projectKey.equals(((JqlQuery.ProjectIs) clause).projectKey());
    }

    private Result<FakeIssue> visible(FakeUser viewer, String key) {
        FakeIssue issue = issues.get(key.toUpperCase(Locale.ROOT));
        if (issue == null || hidden.contains(viewer.name() + "/" + issue.projectKey)) {
            return Result.failed(TrackerError.issueNotFound(key));
        }
        return Result.ok(issue);
    }

    private IssueView view(FakeIssue issue, List<String> propertyKeys,
                           ServerInfo.Deployment deployment) {
        return new IssueView(issue.snapshot(deployment, propertyKeys), issue.projectKey, issue.issueType,
                issue.description, issue.created);
    }

    private void changeStatus(FakeIssue issue, IssueStatus status) {
        if (issue.status.category() != status.category()) {
            issue.statusChanged = clock.instant();
        }
        issue.status = status;
        issue.updated = clock.instant();
    }

    private static Optional<LocalDate> date(String text, Map<String, String> errors) {
        try {
            return Optional.of(LocalDate.parse(text));
        } catch (DateTimeParseException e) {
            errors.put("duedate", "Error parsing date string: " + text);
            return Optional.empty();
        }
    }

    /** For tests: reads an issue's internals without a viewer. */
    synchronized <T> T inspect(String key, Function<FakeIssue, T> reader) {
        return reader.apply(issues.get(key));
    }
}
