package dev.agenda.core.tracker;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Port: the issue tracker (Jira) as the app uses it. Implementations: the Jira REST client (Data Center and Cloud)
 * and the fake Jira. Every operation answers a {@link Result} — a value or a classified, readable error — and never
 * throws for anything the tracker does; one bad key or item never fails its neighbours. Implementations are
 * thread-safe.
 */
public interface IssueTracker {

    /**
     * This tracker for one run of work starting now — a sync of a page, all its threads included. A tracker that
     * retries gives a run one time budget of its own, usually longer than a single look-up's, shared by every request
     * of the run; a tracker that does not answers itself, which is the default. A tracker that already is a run answers
     * itself.
     */
    default IssueTracker forRun() {
        return this;
    }

    /** Identifies the tracker; detects Data Center or Cloud. */
    Result<ServerInfo> serverInfo();

    /** The user the tracker knows the caller as. */
    Result<TrackerUser> myself();

    Result<Project> project(String projectKey);

    /** The issue types that can be created in the project. */
    Result<List<IssueType>> issueTypes(String projectKey);

    Result<CreatedIssue> createIssue(NewIssue issue);

    /**
     * Creates many issues with as few requests as the tracker allows (Jira: 50 per request). The answer has one result
     * per given issue, in the same order, whatever failed next to it.
     */
    List<Result<CreatedIssue>> createIssues(List<NewIssue> issues);

    /**
     * Reads one issue by key, with the entity properties asked for.
     *
     * @param propertyKeys entity properties to read with the issue
     */
    Result<Issue> issue(String issueKey, Collection<String> propertyKeys);

    Result<Done> editIssue(String issueKey, IssueChanges changes);

    Result<List<Transition>> transitions(String issueKey);

    /** Moves the issue by the transition with this id, sent once: it is never repeated after a failure. */
    Result<Done> transition(String issueKey, String transitionId);

    /**
     * Moves the issue by this transition. A tracker that retries may send it again after a failure that may or may not
     * have applied it, but only after reading the issue again: already in the transition's target status, it is done;
     * otherwise it is sent again. The default sends it once, as {@link #transition(String, String)} does.
     */
    default Result<Done> transition(String issueKey, Transition transition) {
        return transition(issueKey, transition.id());
    }

    /** Creates the link, or updates the issue's link with the same globalId. */
    Result<Done> putRemoteLink(String issueKey, RemoteLink link);

    /** An entity property of an issue; empty if the issue has no such property. */
    Result<Optional<Map<String, String>>> property(String issueKey, String propertyKey);

    Result<Done> setProperty(String issueKey, String propertyKey, Map<String, String> value);

    Result<List<TrackerUser>> watchers(String issueKey);

    Result<Done> addWatcher(String issueKey, TrackerUser user);

    /** The user, or empty if there is none. */
    Result<Optional<TrackerUser>> findUser(UserLookup lookup);

    /**
     * The issues with these keys, each on its own: a key whose issue or project does not exist (or is not visible)
     * gets its own error and the others their issues. Keys are answered in the order given.
     */
    Map<String, Result<Issue>> issuesByKey(Collection<String> issueKeys, Collection<String> propertyKeys);

    /** The issues linked to any of these remote-link globalIds (Jira's {@code issuesWithRemoteLinksByGlobalId}). */
    Result<List<Issue>> issuesWithRemoteLinks(Collection<String> globalIds, Collection<String> propertyKeys);

    /** The issues carrying this label, every page of them. */
    Result<List<Issue>> issuesWithLabel(String label, Collection<String> propertyKeys);
}
