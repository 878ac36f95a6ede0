package dev.agenda.jira.fake;

import dev.agenda.core.tracker.Description;
import dev.agenda.core.tracker.Issue;
import dev.agenda.core.tracker.IssueStatus;
import dev.agenda.core.tracker.RemoteLink;
import dev.agenda.core.tracker.ServerInfo;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Everything the fake Jira holds about one issue at one moment — more than the tracker's {@link Issue} (the
 * description, remote links, every entity property, watchers, reporter), so that tests can check what a client wrote.
 * Immutable; a later change to the issue does not change a state already taken.
 *
 * @param description           the description, whichever dialect it was written in
 * @param statusCategoryChanged when the status last moved to another category
 * @param properties            every entity property of the issue, by property key
 * @param history               every change of status since the issue was created, oldest first
 */
public record FakeIssueState(
        String id,
        String key,
        String projectKey,
        String issueType,
        String summary,
        Description description,
        IssueStatus status,
        Instant statusCategoryChanged,
        Optional<FakeUser> assignee,
        Optional<LocalDate> dueDate,
        List<String> labels,
        Instant created,
        Instant updated,
        FakeUser reporter,
        List<StoredLink> remoteLinks,
        Map<String, Map<String, String>> properties,
        List<FakeUser> watchers,
        List<StatusChange> history) {

    /** A remote link as stored, with the id Jira gave it; a link posted without a globalId has an empty one. */
    public record StoredLink(long id, RemoteLink link) {
        public StoredLink {
            Objects.requireNonNull(link, "link");
        }
    }

    /**
     * One change of status, at the time of the world's clock.
     *
     * @param by who made it through Jira's REST API; empty when someone working in Jira moved it
     *           ({@link FakeJiraWorld#moveTo})
     */
    public record StatusChange(IssueStatus from, IssueStatus to, Instant at, Optional<FakeUser> by) {
        public StatusChange {
            Objects.requireNonNull(from, "from");
            Objects.requireNonNull(to, "to");
            Objects.requireNonNull(at, "at");
            Objects.requireNonNull(by, "by");
        }
    }

    public FakeIssueState {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(summary, "summary");
        Objects.requireNonNull(description, "description");
        Objects.requireNonNull(status, "status");
        labels = List.copyOf(labels);
        remoteLinks = List.copyOf(remoteLinks);
        Map<String, Map<String, String>> copy = new LinkedHashMap<>();
        properties.forEach((name, value) -> copy.put(name, Map.copyOf(value)));
        properties = Collections.unmodifiableMap(copy);
        watchers = List.copyOf(watchers);
        history = List.copyOf(history);
    }

    /** The issue in the tracker model as a deployment identifies users, with the asked-for properties it has. */
    public Issue toIssue(ServerInfo.Deployment deployment, Collection<String> propertyKeys) {
        Map<String, Map<String, String>> asked = new LinkedHashMap<>();
        propertyKeys.forEach(name -> {
            if (properties.containsKey(name)) {
                asked.put(name, properties.get(name));
            }
        });
        return new Issue(
                id,
                key,
                summary,
                status,
                assignee.map(user -> user.asTrackerUser(deployment)),
                dueDate,
                labels,
                Optional.of(updated),
                Optional.of(statusCategoryChanged),
                asked);
    }

    /** The stored link with this globalId, if any. */
    public Optional<StoredLink> remoteLink(String globalId) {
        return remoteLinks.stream()
                .filter(stored -> stored.link().globalId().equals(globalId))
                .findFirst();
    }
}
