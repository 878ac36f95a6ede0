package dev.agenda.sync;

import dev.agenda.core.sync.SyncRecord;
import dev.agenda.core.tracker.CreatedIssue;
import dev.agenda.core.tracker.Issue;
import dev.agenda.core.tracker.IssueTracker;
import dev.agenda.core.tracker.NewIssue;
import dev.agenda.core.tracker.Result;
import dev.agenda.core.tracker.TrackerError;
import dev.agenda.core.tracker.TrackerUser;
import java.time.Clock;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Gives each action that has neither a record nor a named issue an issue of its own, never two: first adopts what
 * Jira already has for it (found by its handle, {@link IssueFinder}), then creates the rest in one bulk request, and
 * after a failure that may have created anyway (transient, or an answer it could not read) looks again before
 * creating again — up to {@value #CREATE_ROUNDS} rounds. Adopting an issue links it back to the page and adds the
 * other assignees as watchers (follow-ups, possibly in parallel), then records it in the {@link RunLedger}; an action
 * that gets no issue is failed there. A dry run creates nothing and notes what would be created.
 */
final class IssueCreation {

    /** Rounds of "create, and look again for what a failed request may have created". */
    static final int CREATE_ROUNDS = 3;

    private final IssueTracker tracker;
    private final FollowUps followUps;
    private final AssigneeResolver assignees;
    private final IssueDrafts drafts;
    private final Clock clock;
    private final String pageId;
    private final boolean dryRun;
    private final RunLedger ledger;

    IssueCreation(
            IssueTracker tracker,
            FollowUps followUps,
            AssigneeResolver assignees,
            IssueDrafts drafts,
            Clock clock,
            String pageId,
            boolean dryRun,
            RunLedger ledger) {
        this.tracker = tracker;
        this.followUps = followUps;
        this.assignees = assignees;
        this.drafts = drafts;
        this.clock = clock;
        this.pageId = pageId;
        this.dryRun = dryRun;
        this.ledger = ledger;
    }

    /** Adopts or creates an issue for each of these actions (each with a project), or fails it in the ledger. */
    void create(List<SyncTarget> targets) {
        List<SyncTarget> remaining = adoptFound(targets, false);
        for (int round = 1; round <= CREATE_ROUNDS && !remaining.isEmpty(); round++) {
            List<NewIssue> issues = remaining.stream()
                    .map(t -> drafts.draft(
                            t, assignees.firstAssignee(t.action()).jiraUser().orElse(null)))
                    .toList();
            if (dryRun) {
                remaining.forEach(target -> ledger.wouldTake(
                        target,
                        target.action().isComplete()
                                ? EnumSet.of(ActionOutcome.Step.CREATED, ActionOutcome.Step.TRANSITIONED)
                                : EnumSet.of(ActionOutcome.Step.CREATED)));
                return;
            }
            List<Result<CreatedIssue>> created = tracker.createIssues(issues);
            List<SyncTarget> uncertain = new ArrayList<>();
            Map<SyncTarget, TrackerError> lastErrors = new LinkedHashMap<>();
            List<Integer> createdAt = new ArrayList<>();
            for (int i = 0; i < remaining.size(); i++) {
                SyncTarget target = remaining.get(i);
                Result<CreatedIssue> result = created.get(i);
                if (result instanceof Result.Ok<CreatedIssue>) {
                    createdAt.add(i);
                } else if (result.failure().orElseThrow().isTransient()
                        || result.failure().orElseThrow().kind() == TrackerError.Kind.BAD_RESPONSE) {
                    uncertain.add(target);
                    lastErrors.put(target, result.failure().orElseThrow());
                } else {
                    ledger.fail(
                            target,
                            "Jira refused to create the issue: "
                                    + result.failure().orElseThrow().detail());
                }
            }
            List<SyncTarget> batch = remaining;
            followUps.map(
                    createdAt,
                    i -> adopt(
                            batch.get(i),
                            created.get(i).value().key(),
                            created.get(i).value().id(),
                            false,
                            true));
            remaining = uncertain.isEmpty() ? List.of() : adoptFound(uncertain, true);
            if (round == CREATE_ROUNDS) {
                for (SyncTarget target : remaining) {
                    TrackerError last = Objects.requireNonNull(lastErrors.get(target), "an uncertain target's error");
                    ledger.fail(
                            target,
                            "Jira could not create the issue (" + last.message() + "); the next sync will try again.");
                }
            }
        }
    }

    /** Adopts the issues Jira already has for these actions; answers the actions still without one. */
    private List<SyncTarget> adoptFound(List<SyncTarget> targets, boolean createdThisRun) {
        if (targets.isEmpty()) {
            return targets;
        }
        Result<Map<String, Issue>> found = new IssueFinder(tracker).find(pageId, targets);
        if (found instanceof Result.Failed<Map<String, Issue>> failed) {
            targets.forEach(target -> ledger.fail(
                    target,
                    "Could not check whether Jira already has an" + " issue for this action, so none was created: "
                            + failed.error().message()));
            return List.of();
        }
        List<SyncTarget> missing = new ArrayList<>();
        List<FoundIssue> there = new ArrayList<>();
        for (SyncTarget target : targets) {
            Issue issue = found.value().get(target.actionId());
            if (issue == null) {
                missing.add(target);
            } else {
                there.add(new FoundIssue(target, issue));
            }
        }
        followUps.map(
                there,
                each -> adopt(
                        each.target(),
                        each.issue().key(),
                        each.issue().id(),
                        each.issue().status().isDone(),
                        createdThisRun));
        return missing;
    }

    /**
     * Takes an issue as the action's: links it back to the page and adds the other assignees as watchers before
     * recording it, so that a crash in between leaves an unrecorded issue the next run finds and completes. A link or
     * watcher that fails is noted in the ledger as a follow-up to send once more after the main pass; the issue is the
     * action's all the same, and is brought up to date.
     */
    private boolean adopt(SyncTarget target, String key, String id, boolean jiraDone, boolean createdThisRun) {
        if (!ledger.takesKey(target, key)) {
            return false;
        }
        Optional<TrackerUser> assignee =
                assignees.firstAssignee(target.action()).jiraUser();
        List<FollowUp> failed = new ArrayList<>();
        if (!dryRun) {
            linkBack(target, key).ifPresent(problem -> failed.add(new FollowUp(() -> linkBack(target, key))));
            target.action().assignees().stream()
                    .skip(1)
                    .map(assignees::map)
                    .flatMap(mapping -> mapping.jiraUser().stream())
                    .forEach(watcher -> watch(key, watcher)
                            .ifPresent(problem -> failed.add(new FollowUp(() -> watch(key, watcher)))));
        }
        SyncRecord record = new SyncRecord(
                target.actionId(),
                key,
                id,
                SyncRecord.Origin.CREATED,
                IssueDrafts.summary(target.action()),
                assignee.map(TrackerUser::id),
                target.action().due(),
                false,
                jiraDone,
                clock.instant());
        if (createdThisRun) {
            ledger.remember(target, record, ActionOutcome.Step.CREATED);
        } else {
            ledger.remember(target, record);
        }
        failed.forEach(followUp -> ledger.followUpFailed(target, followUp));
        return failed.isEmpty();
    }

    /** Links the issue back to the action's page; why it failed, or empty. */
    private Optional<String> linkBack(SyncTarget target, String key) {
        return tracker.putRemoteLink(key, drafts.remoteLink(target))
                .failure()
                .map(error -> "the link back to the page failed: " + error.message());
    }

    /** Adds the watcher; why it failed, or empty. */
    private Optional<String> watch(String key, TrackerUser watcher) {
        return tracker.addWatcher(key, watcher)
                .failure()
                .map(error -> "adding " + watcher.displayName() + " as a watcher failed: " + error.message());
    }

    /** An issue found in Jira for an action without a record. */
    private record FoundIssue(SyncTarget target, Issue issue) {}
}
