package dev.agenda.sync;

import dev.agenda.core.tracker.Issue;
import dev.agenda.core.tracker.IssueTracker;
import dev.agenda.core.tracker.Result;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Finds the issues of actions the sync has no record of — created by a run that crashed before writing its state, or
 * whose state was lost. Searches by what JQL can search and the create request wrote (the page's label), and by the
 * remote links' globalIds (in batches, for issues linked by hand or by older runs); an issue counts as an action's
 * only when its {@value SyncSettings#ACTION_PROPERTY} property names that action. If several do (a duplicate made by
 * someone else), the oldest is the action's.
 */
final class IssueFinder {

    private final IssueTracker tracker;

    IssueFinder(IssueTracker tracker) {
        this.tracker = tracker;
    }

    /** The issue of each action that has one, by action id; a failure if Jira could not be searched. */
    Result<Map<String, Issue>> find(String pageId, List<SyncTarget> targets) {
        Set<String> wanted = targets.stream().map(SyncTarget::actionId).collect(Collectors.toSet());
        Map<String, Issue> found = new LinkedHashMap<>();
        if (wanted.isEmpty()) {
            return Result.ok(found);
        }
        Result<List<Issue>> labelled =
                tracker.issuesWithLabel(SyncSettings.pageLabel(pageId), List.of(SyncSettings.ACTION_PROPERTY));
        if (labelled instanceof Result.Failed<List<Issue>> failed) {
            return Result.failed(failed.error());
        }
        claim(labelled.value(), wanted, found);
        List<String> globalIds = targets.stream()
                .map(SyncTarget::actionId)
                .filter(id -> !found.containsKey(id))
                .map(SyncSettings::globalId)
                .toList();
        if (!globalIds.isEmpty()) {
            Result<List<Issue>> linked =
                    tracker.issuesWithRemoteLinks(globalIds, List.of(SyncSettings.ACTION_PROPERTY));
            if (linked instanceof Result.Failed<List<Issue>> failed) {
                return Result.failed(failed.error());
            }
            claim(linked.value(), wanted, found);
        }
        return Result.ok(found);
    }

    private static void claim(List<Issue> issues, Set<String> wanted, Map<String, Issue> found) {
        Comparator<Issue> oldestFirst = Comparator.comparingLong(issue -> numericId(issue.id()));
        issues.stream()
                .sorted(oldestFirst)
                .forEach(issue -> actionOf(issue)
                        .filter(wanted::contains)
                        .ifPresent(actionId -> found.putIfAbsent(actionId, issue)));
    }

    private static Optional<String> actionOf(Issue issue) {
        return Optional.ofNullable(issue.properties().get(SyncSettings.ACTION_PROPERTY))
                .map(handle -> handle.get("actionId"));
    }

    private static long numericId(String id) {
        try {
            return Long.parseLong(id);
        } catch (NumberFormatException e) {
            return Long.MAX_VALUE;
        }
    }
}
