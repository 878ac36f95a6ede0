package dev.agenda.jira;

import com.fasterxml.jackson.databind.JsonNode;
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
import dev.agenda.jira.http.Subject;
import dev.agenda.jira.transport.JiraRequest;
import dev.agenda.jira.transport.JiraResponse;
import dev.agenda.jira.transport.JiraTransport;
import dev.agenda.jira.wire.JiraDialect;
import dev.agenda.jira.wire.JiraReader;
import dev.agenda.jira.wire.JiraWriter;
import dev.agenda.jira.wire.Query;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The {@link IssueTracker} over Jira's REST API, in the {@link JiraDialect} of the Jira it talks to (Data Center v2 or
 * Cloud v3; {@link JiraConnector} detects which). Every answer is a {@link Result}: Jira's failures, Jira being away
 * and answers that cannot be read all become classified errors. Thread-safe.
 */
public final class JiraRestIssueTracker implements IssueTracker {

    static final int ISSUE_TYPES_PAGE_SIZE = 50;

    private final JiraCalls calls;
    private final JiraWriter writer;
    private final JiraSearch search;
    private final BulkCreate bulk;

    /** A client whose requests each have the settings' request patience; {@link #forRun()} gives a run's. */
    public JiraRestIssueTracker(JiraTransport transport, JiraDialect dialect, JiraClientSettings settings) {
        this(JiraCalls.create(transport, dialect, settings));
    }

    JiraRestIssueTracker(JiraCalls calls) {
        this.calls = calls;
        this.writer = new JiraWriter(calls.dialect());
        this.search = new JiraSearch(calls);
        this.bulk = new BulkCreate(calls, writer);
    }

    /**
     * This client for one run starting now: the same Jira, credentials and rate-limit gate (a 429 holds back this
     * client's other requests too), and one patience — the settings' run patience — shared by the run's requests on
     * every thread. A client that already is a run answers itself.
     */
    @Override
    public JiraRestIssueTracker forRun() {
        JiraCalls run = calls.forRun();
        return run == calls ? this : new JiraRestIssueTracker(run);
    }

    /** The dialect this client speaks. */
    public JiraDialect dialect() {
        return calls.dialect();
    }

    @Override
    public Result<ServerInfo> serverInfo() {
        return calls.get("/serverInfo", Subject.none(), JiraReader::serverInfo);
    }

    @Override
    public Result<TrackerUser> myself() {
        return calls.get("/myself", Subject.none(), JiraReader::user);
    }

    @Override
    public Result<Project> project(String projectKey) {
        return calls.get("/project/" + Query.segment(projectKey), Subject.project(projectKey), JiraReader::project);
    }

    @Override
    public Result<List<IssueType>> issueTypes(String projectKey) {
        List<IssueType> types = new ArrayList<>();
        for (int pageNumber = 0; pageNumber < JiraSearch.MAX_PAGES; pageNumber++) {
            String path = "/issue/createmeta/" + Query.segment(projectKey) + "/issuetypes?startAt=" + types.size()
                    + "&maxResults=" + ISSUE_TYPES_PAGE_SIZE;
            Result<JsonNode> answer = calls.get(path, Subject.project(projectKey), node -> node);
            if (answer instanceof Result.Failed<JsonNode> failed) {
                // Both OpenAPI descriptions answer 400 (not 404) for a project that is missing or hidden; our paging
                // values are always valid, so the project is the only thing a 400 here can be about.
                return Result.failed(
                        failed.error().kind() == TrackerError.Kind.INVALID
                                ? TrackerError.projectNotFound(projectKey)
                                : failed.error());
            }
            JsonNode body = answer.value();
            JsonNode values = body.has("issueTypes") ? body.path("issueTypes") : body.path("values");
            Result<List<IssueType>> page = calls.safely(() -> {
                List<IssueType> read = new ArrayList<>();
                values.forEach(type -> read.add(JiraReader.issueType(type)));
                return read;
            });
            if (page instanceof Result.Failed<List<IssueType>> failed) {
                return Result.failed(failed.error());
            }
            types.addAll(page.value());
            int total = body.path("total").asInt(Integer.MAX_VALUE);
            if (values.isEmpty() || body.path("isLast").asBoolean(false) || types.size() >= total) {
                break;
            }
        }
        return Result.ok(List.copyOf(types));
    }

    @Override
    public Result<CreatedIssue> createIssue(NewIssue issue) {
        return calls.post(
                "/issue", writer.issueUpdate(issue), Subject.project(issue.projectKey()), JiraReader::created);
    }

    @Override
    public List<Result<CreatedIssue>> createIssues(List<NewIssue> issues) {
        return bulk.create(issues);
    }

    @Override
    public Result<Issue> issue(String issueKey, Collection<String> propertyKeys) {
        return calls.issue(issueKey, propertyKeys);
    }

    /** Safe to repeat: the edit sets fields to given values, so setting them again changes nothing more. */
    @Override
    public Result<Done> editIssue(String issueKey, IssueChanges changes) {
        if (changes.isEmpty()) {
            return Result.ok(Done.DONE);
        }
        return calls.repeatableWrite(
                JiraRequest.Method.PUT,
                "/issue/" + Query.segment(issueKey),
                writer.edit(changes),
                Subject.issue(issueKey));
    }

    @Override
    public Result<List<Transition>> transitions(String issueKey) {
        return calls.get("/issue/" + Query.segment(issueKey) + "/transitions", Subject.issue(issueKey), node -> {
            List<Transition> transitions = new ArrayList<>();
            node.path("transitions").forEach(transition -> transitions.add(JiraReader.transition(transition)));
            return List.copyOf(transitions);
        });
    }

    /** Sent once: a transition repeated blindly could move the issue twice. */
    @Override
    public Result<Done> transition(String issueKey, String transitionId) {
        JiraRequest request = calls.request(
                JiraRequest.Method.POST,
                "/issue/" + Query.segment(issueKey) + "/transitions",
                writer.transition(transitionId));
        return calls.exchange().send(request, Subject.issue(issueKey)).map(response -> Done.DONE);
    }

    /**
     * After a failure that may have applied it (a 5xx, a timeout), the issue is read again: already in the
     * transition's target status, the transition is done; still elsewhere, it is sent again — as long as the patience
     * lasts. If the issue cannot be read, the failure is reported and nothing is sent again.
     */
    @Override
    public Result<Done> transition(String issueKey, Transition transition) {
        JiraRequest request = calls.request(
                JiraRequest.Method.POST,
                "/issue/" + Query.segment(issueKey) + "/transitions",
                writer.transition(transition.id()));
        return calls.exchange()
                .sendChecked(
                        request,
                        Subject.issue(issueKey),
                        () -> issue(issueKey, List.of())
                                .map(issue -> issue.status()
                                        .name()
                                        .equals(transition.to().name())))
                .map(response -> Done.DONE);
    }

    /** Safe to repeat: Jira keeps one link per globalId on an issue, so posting it again updates that link. */
    @Override
    public Result<Done> putRemoteLink(String issueKey, RemoteLink link) {
        return calls.repeatableWrite(
                JiraRequest.Method.POST,
                "/issue/" + Query.segment(issueKey) + "/remotelink",
                writer.remoteLink(link),
                Subject.issue(issueKey));
    }

    /** Read with the issue, so that a 404 can only mean the issue and an absent property is simply not listed. */
    @Override
    public Result<Optional<Map<String, String>>> property(String issueKey, String propertyKey) {
        return issue(issueKey, List.of(propertyKey))
                .map(issue -> Optional.ofNullable(issue.properties().get(propertyKey)));
    }

    /** Safe to repeat: putting the same value again leaves the property as it was. */
    @Override
    public Result<Done> setProperty(String issueKey, String propertyKey, Map<String, String> value) {
        return calls.repeatableWrite(
                JiraRequest.Method.PUT,
                "/issue/" + Query.segment(issueKey) + "/properties/" + Query.segment(propertyKey),
                JiraWriter.object(value),
                Subject.issue(issueKey));
    }

    @Override
    public Result<List<TrackerUser>> watchers(String issueKey) {
        return calls.get(
                "/issue/" + Query.segment(issueKey) + "/watchers",
                Subject.issue(issueKey),
                node -> JiraReader.users(node.path("watchers")));
    }

    /** Safe to repeat: a user already watching stays one watcher. */
    @Override
    public Result<Done> addWatcher(String issueKey, TrackerUser user) {
        return calls.repeatableWrite(
                JiraRequest.Method.POST,
                "/issue/" + Query.segment(issueKey) + "/watchers",
                calls.dialect().watcherBody(user),
                Subject.issue(issueKey));
    }

    @Override
    public Result<Optional<TrackerUser>> findUser(UserLookup lookup) {
        return calls.dialect().userLookupPath(lookup).flatMap(path -> {
            JiraRequest request = JiraRequest.get(calls.dialect().apiRoot() + path);
            Result<JiraResponse> sent = calls.exchange().send(request, Subject.none(), status -> status == 404);
            if (sent instanceof Result.Ok<JiraResponse> ok && ok.value().status() == 404) {
                return Result.ok(Optional.empty());
            }
            return calls.read(
                    request,
                    sent,
                    node -> node.isArray()
                            ? JiraReader.users(node).stream()
                                    .filter(user -> calls.dialect().matches(user, lookup))
                                    .findFirst()
                            : Optional.of(JiraReader.user(node)));
        });
    }

    @Override
    public Map<String, Result<Issue>> issuesByKey(Collection<String> issueKeys, Collection<String> propertyKeys) {
        return search.byKey(issueKeys, propertyKeys);
    }

    @Override
    public Result<List<Issue>> issuesWithRemoteLinks(Collection<String> globalIds, Collection<String> propertyKeys) {
        return search.withRemoteLinks(globalIds, propertyKeys);
    }

    @Override
    public Result<List<Issue>> issuesWithLabel(String label, Collection<String> propertyKeys) {
        return search.withLabel(label, propertyKeys);
    }
}
