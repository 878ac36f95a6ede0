package dev.agenda.sync;

import dev.agenda.core.page.MeetingPage;
import dev.agenda.core.sync.SyncRecord;
import dev.agenda.core.sync.SyncStateStore;
import dev.agenda.core.sync.WorkerContext;
import dev.agenda.core.tracker.Issue;
import dev.agenda.core.tracker.IssueTracker;
import dev.agenda.core.tracker.Result;
import dev.agenda.core.tracker.ServerInfo;
import dev.agenda.core.tracker.TrackerError;
import dev.agenda.core.tracker.TrackerUser;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * One sync of one page, under the page's lock. In order: check the credentials and every project (a failure stops
 * the sync before anything is written); link actions that name an issue; find in Jira the issues of actions without a
 * record and create the rest in bulk, looking again before re-creating anything a failed request may have created
 * ({@link IssueCreation}); then bring every action's issue up to date ({@link ActionUpkeep}); last, send once more
 * what failed for actions that have their issue (links back, watchers, edits, transitions) before reporting it.
 * This class keeps that order and answers the report; what the run has learned about each action (record, steps,
 * failure, failed follow-ups) is kept in its {@link RunLedger}, which every stage writes and the report is read from.
 */
final class PageSync {

    private final IssueTracker tracker;
    private final SyncStateStore store;
    private final FollowUps followUps;
    private final AssigneeResolver assignees;
    private final Clock clock;
    private final MeetingPage page;
    private final SyncSettings settings;
    private final boolean dryRun;
    private final ActionsThrough through;
    private final IssueDrafts drafts;
    private final RunLedger ledger;
    private final Predicate<String> inScope;

    /**
     * Runs one sync: asks Jira who we are and what it is (a failure aborts before anything else), then syncs with
     * follow-up threads that end with the sync and a store whose writes stay on this thread.
     */
    static SyncReport run(
            IssueTracker tracker,
            SyncStateStore store,
            WorkerContext context,
            Clock clock,
            MeetingPage page,
            SyncSettings settings,
            boolean dryRun,
            SyncProgress progress,
            Predicate<String> inScope) {
        Result<TrackerUser> me = tracker.myself();
        Result<ServerInfo> info = me.flatMap(user -> tracker.serverInfo());
        if (info instanceof Result.Failed<ServerInfo> failed) {
            return SyncReport.aborted(page.pageId(), failed.error(), dryRun);
        }
        AssigneeResolver assignees = new AssigneeResolver(tracker, info.value().isCloud());
        try (FollowUps followUps = new FollowUps(settings.parallelism(), context)) {
            return new PageSync(
                            tracker,
                            new OwnerThreadStateStore(store, followUps),
                            followUps,
                            assignees,
                            clock,
                            page,
                            settings,
                            dryRun,
                            progress,
                            inScope)
                    .sync();
        }
    }

    private PageSync(
            IssueTracker tracker,
            SyncStateStore store,
            FollowUps followUps,
            AssigneeResolver assignees,
            Clock clock,
            MeetingPage page,
            SyncSettings settings,
            boolean dryRun,
            SyncProgress progress,
            Predicate<String> inScope) {
        this.inScope = inScope;
        this.tracker = tracker;
        this.store = store;
        this.followUps = followUps;
        this.assignees = assignees;
        this.clock = clock;
        this.page = page;
        this.settings = settings;
        this.dryRun = dryRun;
        this.through = new ActionsThrough(progress);
        this.drafts = new IssueDrafts(page.pageId(), settings);
        this.ledger = new RunLedger(store, page.pageId(), dryRun, through);
    }

    private SyncReport sync() {
        List<SyncTarget> targets = SyncTarget.of(page, settings).stream()
                .filter(target -> inScope.test(target.actionId()))
                .toList();
        through.expect(targets.size());
        Optional<String> projectProblem = checkProjects(targets);
        if (projectProblem.isPresent()) {
            return SyncReport.aborted(page.pageId(), projectProblem.get(), dryRun);
        }
        Map<String, SyncRecord> records = store.records(page.pageId());
        ledger.load(records);
        Map<String, String> recordedAtOrigin = recordedAtOrigin(targets);
        link(
                targets.stream()
                        .filter(ledger::unrecorded)
                        .filter(t -> t.namedIssue().isPresent() || recordedAtOrigin.containsKey(t.actionId()))
                        .toList(),
                t -> t.namedIssue().orElseGet(() -> recordedAtOrigin.get(t.actionId())));
        List<SyncTarget> toCreate = new ArrayList<>();
        for (SyncTarget target : targets) {
            if (ledger.unrecorded(target)
                    && target.namedIssue().isEmpty()
                    && !recordedAtOrigin.containsKey(target.actionId())) {
                if (target.project().isPresent()) {
                    toCreate.add(target);
                } else {
                    ledger.fail(
                            target,
                            "No Jira project for this action: add project=KEY to its agenda macro, or set a"
                                    + " default project (agenda serve --project KEY, agenda sync --project KEY).");
                }
            }
        }
        new IssueCreation(tracker, followUps, assignees, drafts, clock, page.pageId(), dryRun, ledger).create(toCreate);
        return SyncReport.ran(page.pageId(), upkeep(targets), RemovedTask.of(page, records), dryRun);
    }

    private Optional<String> checkProjects(List<SyncTarget> targets) {
        Set<String> projects = new LinkedHashSet<>();
        targets.stream()
                .filter(t -> t.namedIssue().isEmpty())
                .forEach(t -> t.project().ifPresent(projects::add));
        for (String project : projects) {
            Result<?> found = tracker.project(project);
            if (found instanceof Result.Failed<?> failed) {
                return Optional.of(failed.error().message() + " Nothing was created.");
            }
        }
        return Optional.empty();
    }

    /**
     * The issue keys of carried tasks whose original action has a record in this store (its page was synced here):
     * the store is read first because it is exact at once, where Jira's search may not yet list a new issue.
     */
    private Map<String, String> recordedAtOrigin(List<SyncTarget> targets) {
        Map<String, String> keys = new HashMap<>();
        Map<String, Map<String, SyncRecord>> originRecords = new HashMap<>();
        for (SyncTarget target : targets) {
            if (target.namedIssue().isPresent() || !ledger.unrecorded(target)) {
                continue;
            }
            target.originPage()
                    .map(origin -> originRecords.computeIfAbsent(origin, store::records))
                    .map(originals -> originals.get(target.identity()))
                    .ifPresent(original -> keys.put(target.actionId(), original.issueKey()));
        }
        return keys;
    }

    private void link(List<SyncTarget> targets, Function<SyncTarget, String> keyOf) {
        if (targets.isEmpty()) {
            return;
        }
        Map<String, Result<Issue>> issues =
                tracker.issuesByKey(targets.stream().map(keyOf).distinct().toList(), List.of());
        followUps.map(targets, target -> linkTo(target, keyOf.apply(target), answerFor(issues, keyOf.apply(target))));
    }

    /**
     * Links the action to the issue its task names, or its original action's issue (one follow-up request: the link
     * back to the page).
     */
    private boolean linkTo(SyncTarget target, String key, Result<Issue> issue) {
        if (issue instanceof Result.Failed<Issue> failed) {
            ledger.fail(target, key, key + ": " + failed.error().message());
            return false;
        }
        Issue found = issue.value();
        if (!ledger.takesKey(target, found.key())) {
            return false;
        }
        if (!dryRun && linkBack(target, found.key()).isPresent()) {
            ledger.followUpFailed(target, new FollowUp(() -> linkBack(target, found.key())));
        }
        ledger.remember(
                target,
                new SyncRecord(
                        target.actionId(),
                        found.key(),
                        found.id(),
                        SyncRecord.Origin.LINKED,
                        found.summary(),
                        found.assignee().map(TrackerUser::id),
                        found.dueDate(),
                        target.action().isComplete(),
                        found.status().isDone(),
                        clock.instant()),
                ActionOutcome.Step.LINKED);
        return true;
    }

    /** Links the named issue back to the action's page; why it failed, or empty. */
    private Optional<String> linkBack(SyncTarget target, String key) {
        return tracker.putRemoteLink(key, drafts.remoteLink(target))
                .failure()
                .map(error -> "linked, but the link back to the page failed: " + error.message());
    }

    /** The main pass of upkeep, then a second chance for whatever failed in it. */
    private List<ActionOutcome> upkeep(List<SyncTarget> targets) {
        ActionUpkeep upkeep = new ActionUpkeep(tracker, store, clock, page.pageId(), assignees, dryRun);
        List<ActionOutcome> outcomes = mainPass(targets, upkeep);
        return dryRun ? outcomes : secondChance(targets, outcomes, upkeep);
    }

    private List<ActionOutcome> mainPass(List<SyncTarget> targets, ActionUpkeep upkeep) {
        List<SyncTarget> tracked = targets.stream().filter(ledger::tracked).toList();
        Map<String, Result<Issue>> current =
                tracked.isEmpty() ? Map.of() : tracker.issuesByKey(trackedIssueKeys(tracked), List.of());
        return followUps.map(targets, target -> {
            ActionOutcome outcome = ledger.failure(target);
            SyncRecord record = outcome == null ? ledger.record(target) : null;
            if (record != null) {
                outcome = upkeep.bringUpToDate(target, record, current.get(record.issueKey()), ledger.steps(target));
            } else if (outcome == null) {
                outcome = ActionOutcome.of(target, Optional.empty(), ledger.steps(target), Optional.empty(), List.of());
            }
            through.through(target.actionId());
            return outcome;
        });
    }

    /**
     * Sends once more, before the run reports failure, what failed for an action whose issue is its own: its failed
     * follow-ups (the link back, watchers), and its upkeep (reading the issue, field edits, a transition) with the
     * issue read afresh and the people Jira could not be asked about asked again. Actions that failed before they had
     * an issue of their own are not tried again here. The outcome keeps the main pass's steps and says what still
     * failed, and why.
     */
    private List<ActionOutcome> secondChance(List<SyncTarget> targets, List<ActionOutcome> first, ActionUpkeep upkeep) {
        List<Integer> again = new ArrayList<>();
        Set<String> reread = new LinkedHashSet<>();
        for (int i = 0; i < targets.size(); i++) {
            SyncTarget target = targets.get(i);
            boolean upkeepFailed = first.get(i).failed() && ledger.tracked(target);
            if (upkeepFailed
                    || (ledger.tracked(target)
                            && !ledger.failedFollowUps(target).isEmpty())) {
                again.add(i);
            }
            if (upkeepFailed) {
                reread.add(upkeep.latest(target, Objects.requireNonNull(ledger.record(target)))
                        .issueKey());
            }
        }
        if (again.isEmpty()) {
            return first;
        }
        assignees.forgetUnknown();
        Map<String, Result<Issue>> fresh =
                reread.isEmpty() ? Map.of() : tracker.issuesByKey(List.copyOf(reread), List.of());
        List<ActionOutcome> retried = followUps.map(again, i -> {
            SyncTarget target = targets.get(i);
            ActionOutcome before = first.get(i);
            List<String> problems = new ArrayList<>();
            ActionOutcome upkept = before;
            if (before.failed()) {
                SyncRecord record = upkeep.latest(target, Objects.requireNonNull(ledger.record(target)));
                upkept = upkeep.bringUpToDate(target, record, fresh.get(record.issueKey()), before.steps());
                upkept.problem().ifPresent(problems::add);
            }
            ledger.failedFollowUps(target).forEach(followUp -> followUp.retry().ifPresent(problems::add));
            return new ActionOutcome(
                    upkept.actionId(),
                    upkept.text(),
                    upkept.project(),
                    upkept.assignees(),
                    upkept.issueKey(),
                    upkept.steps(),
                    problems.isEmpty()
                            ? Optional.empty()
                            : Optional.of(String.join("; ", problems) + " (tried again after the other actions)"),
                    upkept.conflicts());
        });
        List<ActionOutcome> outcomes = new ArrayList<>(first);
        for (int k = 0; k < again.size(); k++) {
            outcomes.set(again.get(k), retried.get(k));
        }
        return outcomes;
    }

    /** The issue keys of the actions that have a record, each once. */
    private List<String> trackedIssueKeys(List<SyncTarget> tracked) {
        Set<String> keys = new LinkedHashSet<>();
        for (SyncTarget target : tracked) {
            SyncRecord record = ledger.record(target);
            if (record != null) {
                keys.add(record.issueKey());
            }
        }
        return List.copyOf(keys);
    }

    /** Jira's answer for one key of a batch read; the tracker answers every key, and a key it left out is an error. */
    private static Result<Issue> answerFor(Map<String, Result<Issue>> answers, String key) {
        Result<Issue> answer = answers.get(key);
        return answer != null
                ? answer
                : Result.failed(TrackerError.of(TrackerError.Kind.BAD_RESPONSE, "Jira did not answer for " + key));
    }
}
