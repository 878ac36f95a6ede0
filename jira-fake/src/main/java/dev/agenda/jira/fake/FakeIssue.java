package dev.agenda.jira.fake;

import dev.agenda.core.tracker.Description;
import dev.agenda.core.tracker.IssueStatus;
import dev.agenda.core.tracker.RemoteLink;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * One issue's mutable state inside the world. Not thread-safe: only {@link FakeJiraWorld} touches it, under its lock,
 * and hands out {@link FakeIssueState} snapshots instead.
 */
final class FakeIssue {

    final String id;
    final String key;
    final int number;
    final String projectKey;
    final String issueType;
    final Instant created;
    final FakeUser reporter;
    String summary = "";
    Description description = Description.of();
    IssueStatus status = Workflow.TO_DO;
    Instant statusChanged;
    Instant updated;

    @Nullable
    FakeUser assignee;

    @Nullable
    LocalDate dueDate;

    List<String> labels = new ArrayList<>();
    final List<FakeIssueState.StoredLink> remoteLinks = new ArrayList<>();
    final Map<String, Map<String, String>> properties = new LinkedHashMap<>();
    final Set<FakeUser> watchers = new LinkedHashSet<>();
    final List<FakeIssueState.StatusChange> history = new ArrayList<>();

    FakeIssue(String id, String projectKey, int number, String issueType, FakeUser reporter, Instant created) {
        this.id = id;
        this.key = projectKey + "-" + number;
        this.number = number;
        this.projectKey = projectKey;
        this.issueType = issueType;
        this.reporter = reporter;
        this.created = created;
        this.updated = created;
        this.statusChanged = created;
    }

    /**
     * Creates the link with {@code newId}, or replaces the one with the same globalId keeping its id (a link without
     * a globalId is always new).
     */
    RemoteLinkPut putRemoteLink(RemoteLink link, long newId) {
        for (int i = 0; i < remoteLinks.size(); i++) {
            FakeIssueState.StoredLink stored = remoteLinks.get(i);
            if (!link.globalId().isEmpty() && stored.link().globalId().equals(link.globalId())) {
                FakeIssueState.StoredLink updated = new FakeIssueState.StoredLink(stored.id(), link);
                remoteLinks.set(i, updated);
                return new RemoteLinkPut(updated, false);
            }
        }
        FakeIssueState.StoredLink created = new FakeIssueState.StoredLink(newId, link);
        remoteLinks.add(created);
        return new RemoteLinkPut(created, true);
    }

    FakeIssueState snapshot() {
        return new FakeIssueState(
                id,
                key,
                projectKey,
                issueType,
                summary,
                description,
                status,
                statusChanged,
                Optional.ofNullable(assignee),
                Optional.ofNullable(dueDate),
                labels,
                created,
                updated,
                reporter,
                remoteLinks,
                properties,
                List.copyOf(watchers),
                history);
    }
}
