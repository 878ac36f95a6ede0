package dev.agenda.sync;

import dev.agenda.core.page.MeetingPage;
import dev.agenda.core.sync.SyncRecord;
import dev.agenda.core.sync.SyncStateStore;
import dev.agenda.core.sync.WorkerContext;
import dev.agenda.core.tracker.CreatedIssue;
import dev.agenda.core.tracker.Issue;
import dev.agenda.core.tracker.IssueTracker;
import dev.agenda.core.tracker.NewIssue;
import dev.agenda.core.tracker.Result;
import dev.agenda.core.tracker.ServerInfo;
import dev.agenda.core.tracker.TrackerError;
import dev.agenda.core.tracker.TrackerUser;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Predicate;

/**
 * One sync of one page, under the page's lock. In order: check the credentials and every project (a failure stops
 * the sync before anything is written); link actions that name an issue; find in Jira the issues of actions without a
 * record; create the rest in bulk, looking again before re-creating anything a failed request may have created; then
 * bring every action's issue up to date ({@link ActionUpkeep}).
 */
final class PageSync {

    /** Rounds of "create, and look again for what a failed request may have created". */
    static final int CREATE_ROUNDS = 3;

    private final IssueTracker tracker;
    private final SyncStateStore store;
    private final FollowUps followUps;
    private final AssigneeResolver assignees;
    private final Clock clock;
    private final MeetingPage page;
    private final SyncSettings settings;
    private final boolean dryRun;
    private final SyncProgress progress;
    private final IssueDrafts drafts;
    // Written by the follow-ups, which may run in parallel.
    private final Map<String, SyncRecord> records = Collections.synchronizedMap(new LinkedHashMap<>());
    private final Map<String, Set<ActionOutcome.Step>> steps = Collections.synchronizedMap(new LinkedHashMap<>());
    private final Map<String, ActionOutcome> failures = Collections.synchronizedMap(new LinkedHashMap<>());
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
        this.progress = progress;
        this.drafts = new IssueDrafts(page.pageId(), settings);
    }

    private SyncReport sync() {
        List<SyncTarget> targets = SyncTarget.of(page, settings).stream()
                .filter(target -> inScope.test(target.actionId()))
                .toList();
        Optional<String> projectProblem = checkProjects(targets);
        if (projectProblem.isPresent()) {
            return SyncReport.aborted(page.pageId(), projectProblem.get(), dryRun);
        }
        records.putAll(store.records(page.pageId()));
        link(targets.stream()
                .filter(this::unrecorded)
                .filter(t -> t.namedIssue().isPresent())
                .toList());
        List<SyncTarget> toCreate = new ArrayList<>();
        for (SyncTarget target : targets) {
            if (unrecorded(target) && target.namedIssue().isEmpty()) {
                if (target.project().isPresent()) {
                    toCreate.add(target);
                } else {
                    fail(
                            target,
                            "No Jira project for this action: give its agenda a project"
                                    + " parameter, or set a default project.");
                }
            }
        }
        create(toCreate);
        return SyncReport.ran(page.pageId(), upkeep(targets), dryRun);
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

    private void link(List<SyncTarget> targets) {
        if (targets.isEmpty()) {
            return;
        }
        Map<String, Result<Issue>> issues = tracker.issuesByKey(
                targets.stream()
                        .map(t -> t.namedIssue().orElseThrow())
                        .distinct()
                        .toList(),
                List.of());
        followUps.map(
                targets,
                target -> linkTo(target, answerFor(issues, target.namedIssue().orElseThrow())));
    }

    /** Links the action to the issue its task names (one follow-up request: the link back to the page). */
    private boolean linkTo(SyncTarget target, Result<Issue> issue) {
        String key = target.namedIssue().orElseThrow();
        if (issue instanceof Result.Failed<Issue> failed) {
            fail(target, key, key + ": " + failed.error().message());
            return false;
        }
        Issue found = issue.value();
        if (!dryRun) {
            tracker.putRemoteLink(found.key(), drafts.remoteLink(target))
                    .failure()
                    .ifPresent(error -> fail(
                            target, found.key(), "linked, but the link back to the page failed: " + error.message()));
        }
        remember(
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

    private void create(List<SyncTarget> targets) {
        List<SyncTarget> remaining = adoptFound(targets, false);
        for (int round = 1; round <= CREATE_ROUNDS && !remaining.isEmpty(); round++) {
            List<NewIssue> issues = remaining.stream()
                    .map(t -> drafts.draft(
                            t, assignees.firstAssignee(t.action()).jiraUser().orElse(null)))
                    .toList();
            if (dryRun) {
                remaining.forEach(target -> steps.put(
                        target.actionId(),
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
                    fail(
                            target,
                            "Jira refused to create the issue: "
                                    + describe(result.failure().orElseThrow()));
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
                    fail(
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
        Result<Map<String, Issue>> found = new IssueFinder(tracker).find(page.pageId(), targets);
        if (found instanceof Result.Failed<Map<String, Issue>> failed) {
            targets.forEach(target -> fail(
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
     * recording it, so that a crash in between leaves an unrecorded issue the next run finds and completes.
     */
    private boolean adopt(SyncTarget target, String key, String id, boolean jiraDone, boolean createdThisRun) {
        AssigneeResolver.Mapping first = assignees.firstAssignee(target.action());
        Optional<TrackerUser> assignee = first.jiraUser();
        List<String> problems = new ArrayList<>();
        first.lookupFailure()
                .ifPresent(error -> problems.add("the assignee could not be looked up in Jira (" + error.message()
                        + "); the next sync sets it"));
        if (!dryRun) {
            tracker.putRemoteLink(key, drafts.remoteLink(target))
                    .failure()
                    .ifPresent(error -> problems.add("the link back to the page failed: " + error.message()));
            target.action().assignees().stream()
                    .skip(1)
                    .map(assignees::map)
                    .flatMap(mapping -> mapping.jiraUser().stream())
                    .forEach(watcher -> tracker.addWatcher(key, watcher)
                            .failure()
                            .ifPresent(error -> problems.add(
                                    "adding " + watcher.displayName() + " as a watcher failed: " + error.message())));
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
            remember(target, record, ActionOutcome.Step.CREATED);
        } else {
            remember(target, record);
        }
        if (!problems.isEmpty()) {
            fail(target, key, String.join("; ", problems));
        }
        return problems.isEmpty();
    }

    /** Remembers the record and the step this run took for the action. */
    private void remember(SyncTarget target, SyncRecord record, ActionOutcome.Step step) {
        steps.computeIfAbsent(target.actionId(), id -> EnumSet.noneOf(ActionOutcome.Step.class))
                .add(step);
        remember(target, record);
    }

    /** Remembers the record of an action this run found already done (an earlier run's creation). */
    private void remember(SyncTarget target, SyncRecord record) {
        records.put(target.actionId(), record);
        if (!dryRun) {
            store.save(page.pageId(), record);
        }
    }

    private List<ActionOutcome> upkeep(List<SyncTarget> targets) {
        List<SyncTarget> tracked = targets.stream()
                .filter(t -> records.containsKey(t.actionId()) && !failures.containsKey(t.actionId()))
                .toList();
        Map<String, Result<Issue>> current =
                tracked.isEmpty() ? Map.of() : tracker.issuesByKey(trackedIssueKeys(tracked), List.of());
        ActionUpkeep upkeep = new ActionUpkeep(tracker, store, clock, page.pageId(), assignees, dryRun);
        AtomicInteger done = new AtomicInteger();
        return followUps.map(targets, target -> {
            ActionOutcome outcome = failures.get(target.actionId());
            if (outcome == null && records.containsKey(target.actionId())) {
                SyncRecord record = records.get(target.actionId());
                outcome = upkeep.bringUpToDate(
                        target,
                        record,
                        current.get(record.issueKey()),
                        steps.getOrDefault(target.actionId(), Set.of()));
            } else if (outcome == null) {
                outcome = new ActionOutcome(
                        target.actionId(),
                        target.action().text(),
                        Optional.empty(),
                        steps.getOrDefault(target.actionId(), Set.of()),
                        Optional.empty(),
                        List.of());
            }
            progress.advanced(done.incrementAndGet(), targets.size(), target.actionId());
            return outcome;
        });
    }

    private boolean unrecorded(SyncTarget target) {
        return !records.containsKey(target.actionId()) && !failures.containsKey(target.actionId());
    }

    /** Records why the action failed, before any issue was its own. */
    private void fail(SyncTarget target, String problem) {
        failures.put(
                target.actionId(),
                new ActionOutcome(
                        target.actionId(),
                        target.action().text(),
                        Optional.empty(),
                        steps.getOrDefault(target.actionId(), Set.of()),
                        Optional.of(problem),
                        List.of()));
    }

    /** Records why the action failed, with the issue that is its own. */
    private void fail(SyncTarget target, String issueKey, String problem) {
        failures.put(
                target.actionId(),
                new ActionOutcome(
                        target.actionId(),
                        target.action().text(),
                        Optional.of(issueKey),
                        steps.getOrDefault(target.actionId(), Set.of()),
                        Optional.of(problem),
                        List.of()));
    }

    static String describe(TrackerError error) {
        return error.fieldErrors().isEmpty() ? error.message() : String.join("; ", error.fieldMessages());
    }

    /** The issue keys of the actions that have a record, each once. */
    private List<String> trackedIssueKeys(List<SyncTarget> tracked) {
        Set<String> keys = new LinkedHashSet<>();
        for (SyncTarget target : tracked) {
            SyncRecord record = records.get(target.actionId());
            if (record != null) {
                keys.add(record.issueKey());
            }
        }
        return List.copyOf(keys);
    }

    /** An issue found in Jira for an action without a record. */
    private record FoundIssue(SyncTarget target, Issue issue) {}

    /** Jira's answer for one key of a batch read; the tracker answers every key, and a key it left out is an error. */
    private static Result<Issue> answerFor(Map<String, Result<Issue>> answers, String key) {
        Result<Issue> answer = answers.get(key);
        return answer != null
                ? answer
                : Result.failed(TrackerError.of(TrackerError.Kind.BAD_RESPONSE, "Jira did not answer for " + key));
    }
}
