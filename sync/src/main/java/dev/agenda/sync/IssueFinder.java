package dev.agenda.sync;

import dev.agenda.core.tracker.Issue;
import dev.agenda.core.tracker.IssueTracker;
import dev.agenda.core.tracker.Result;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Finds the issues of actions the sync has no record of — created by a run that crashed before writing its state, or
 * whose state was lost, or (for a task carried from an earlier meeting) by a sync of the other page. Searches by what
 * JQL can search and the create request wrote (the page's label, and the original page's for carried tasks), and by
 * the remote links' globalIds (in batches, for issues linked by hand or by older runs); an issue counts as an action's
 * only when its {@value SyncSettings#ACTION_PROPERTY} property names the action's {@link SyncTarget#identity()
 * identity}. If several do (a duplicate made by someone else), the oldest is the action's.
 */
final class IssueFinder {

    private final IssueTracker tracker;

    IssueFinder(IssueTracker tracker) {
        this.tracker = tracker;
    }

    /** The issue of each action that has one, by action id; a failure if Jira could not be searched. */
    Result<Map<String, Issue>> find(String pageId, List<SyncTarget> targets) {
        Map<String, List<String>> wanted = new LinkedHashMap<>();
        targets.forEach(target -> wanted.computeIfAbsent(target.identity(), identity -> new ArrayList<>())
                .add(target.actionId()));
        Map<String, Issue> found = new LinkedHashMap<>();
        if (wanted.isEmpty()) {
            return Result.ok(found);
        }
        Set<String> pages = new LinkedHashSet<>();
        pages.add(pageId);
        targets.forEach(target -> target.originPage().ifPresent(pages::add));
        for (String page : pages) {
            Result<List<Issue>> labelled =
                    tracker.issuesWithLabel(SyncSettings.pageLabel(page), List.of(SyncSettings.ACTION_PROPERTY));
            if (labelled instanceof Result.Failed<List<Issue>> failed) {
                return Result.failed(failed.error());
            }
            claim(labelled.value(), wanted, found);
        }
        Set<String> globalIds = new LinkedHashSet<>();
        for (SyncTarget target : targets) {
            if (!found.containsKey(target.actionId())) {
                globalIds.add(SyncSettings.globalId(target.identity()));
                globalIds.add(SyncSettings.globalId(target.actionId()));
            }
        }
        if (!globalIds.isEmpty()) {
            Result<List<Issue>> linked =
                    tracker.issuesWithRemoteLinks(List.copyOf(globalIds), List.of(SyncSettings.ACTION_PROPERTY));
            if (linked instanceof Result.Failed<List<Issue>> failed) {
                return Result.failed(failed.error());
            }
            claim(linked.value(), wanted, found);
        }
        return Result.ok(found);
    }

    /** Gives each wanted identity's actions the oldest issue whose handle names it, unless they have one already. */
    private static void claim(List<Issue> issues, Map<String, List<String>> wanted, Map<String, Issue> found) {
        Comparator<Issue> oldestFirst = Comparator.comparingLong(issue -> numericId(issue.id()));
        issues.stream()
                .sorted(oldestFirst)
                .forEach(issue -> actionOf(issue)
                        .map(identity -> wanted.getOrDefault(identity, List.of()))
                        .ifPresent(actionIds -> actionIds.forEach(actionId -> found.putIfAbsent(actionId, issue))));
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
