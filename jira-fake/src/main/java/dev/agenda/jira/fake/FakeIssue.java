package dev.agenda.jira.fake;

import dev.agenda.core.tracker.Issue;
import dev.agenda.core.tracker.IssueStatus;
import dev.agenda.core.tracker.RemoteLink;
import dev.agenda.core.tracker.ServerInfo;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** One issue's mutable state inside the world; only {@link FakeJiraWorld} touches it, under its lock. */
final class FakeIssue {

    final String id;
    final String key;
    final String projectKey;
    final String issueType;
    final Instant created;
    String summary;
    /** As the client sent it: a wiki-markup string, an Atlassian Document, or a core Description. */
    Object description;
    IssueStatus status = Workflow.TO_DO;
    Instant statusChanged;
    Instant updated;
    FakeUser assignee;
    LocalDate dueDate;
    List<String> labels = new ArrayList<>();
    final Map<String, RemoteLink> remoteLinks = new LinkedHashMap<>();
    final Map<String, Map<String, String>> properties = new LinkedHashMap<>();
    final Set<FakeUser> watchers = new LinkedHashSet<>();

    FakeIssue(String id, String key, String projectKey, String issueType, Instant created) {
        this.id = id;
        this.key = key;
        this.projectKey = projectKey;
        this.issueType = issueType;
        this.created = created;
        this.updated = created;
        this.statusChanged = created;
    }

    /** A snapshot in the tracker model, with the asked-for properties. */
    Issue snapshot(ServerInfo.Deployment deployment, List<String> propertyKeys) {
        Map<String, Map<String, String>> asked = new LinkedHashMap<>();
        propertyKeys.forEach(name -> {
            if (properties.containsKey(name)) {
                asked.put(name, properties.get(name));
            }
        });
        return new Issue(id, key, summary, status,
                Optional.ofNullable(assignee).map(user -> user.asTrackerUser(deployment)),
                Optional.ofNullable(dueDate), labels, Optional.of(updated), Optional.of(statusChanged), asked);
    }
}
