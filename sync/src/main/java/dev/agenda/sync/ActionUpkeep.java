package dev.agenda.sync;

import dev.agenda.core.sync.SyncRecord;
import dev.agenda.core.sync.SyncStateStore;
import dev.agenda.core.tracker.Change;
import dev.agenda.core.tracker.Issue;
import dev.agenda.core.tracker.IssueChanges;
import dev.agenda.core.tracker.IssueTracker;
import dev.agenda.core.tracker.Result;
import dev.agenda.core.tracker.StatusCategory;
import dev.agenda.core.tracker.TrackerError;
import dev.agenda.core.tracker.TrackerUser;
import dev.agenda.core.tracker.Transition;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import org.jspecify.annotations.Nullable;

/**
 * Brings one recorded action's issue up to date. Fields (only for issues the sync created — a linked issue's summary
 * is not the task's words): a change made on the page since the last sync is pushed, a change made only in Jira is
 * left alone, different changes on both sides are reported and Jira's kept. Completion: ticking or unticking the task
 * since the last sync moves the issue into the done category or back out of it, choosing the transition by category;
 * a change made only in Jira is left for the page to show — only for issues the sync created: an issue the task
 * names (linked) is never moved by the page, whatever its tick. The record is saved with the new agreed values.
 */
final class ActionUpkeep {

    private final IssueTracker tracker;
    private final SyncStateStore store;
    private final Clock clock;
    private final String pageId;
    private final AssigneeResolver assignees;
    private final boolean dryRun;
    private final Map<String, CompletableFuture<Result<List<Transition>>>> transitionsFrom = new ConcurrentHashMap<>();
    private final Map<String, SyncRecord> upkept = new ConcurrentHashMap<>();

    ActionUpkeep(
            IssueTracker tracker,
            SyncStateStore store,
            Clock clock,
            String pageId,
            AssigneeResolver assignees,
            boolean dryRun) {
        this.tracker = tracker;
        this.store = store;
        this.clock = clock;
        this.pageId = pageId;
        this.assignees = assignees;
        this.dryRun = dryRun;
    }

    /** The action's record as this upkeep last left it, else {@code record}. */
    SyncRecord latest(SyncTarget target, SyncRecord record) {
        return upkept.getOrDefault(target.actionId(), record);
    }

    ActionOutcome bringUpToDate(
            SyncTarget target, SyncRecord record, @Nullable Result<Issue> current, Set<ActionOutcome.Step> earlier) {
        Set<ActionOutcome.Step> steps =
                earlier.isEmpty() ? EnumSet.noneOf(ActionOutcome.Step.class) : EnumSet.copyOf(earlier);
        if (current == null || current instanceof Result.Failed<Issue>) {
            String why = current == null
                    ? "Jira did not answer for it"
                    : current.failure().orElseThrow().message();
            return outcome(target, record, steps, record.issueKey() + ": " + why, List.of());
        }
        Issue issue = current.value();
        List<String> conflicts = new ArrayList<>();
        List<String> problems = new ArrayList<>();
        SyncRecord updated = record;
        if (record.origin() == SyncRecord.Origin.CREATED) {
            updated = fields(target, record, issue, steps, conflicts, problems);
        }
        updated = completion(target, updated, issue, steps, problems);
        updated = new SyncRecord(
                updated.actionId(),
                updated.issueKey(),
                updated.issueId(),
                updated.origin(),
                updated.summary(),
                updated.assigneeId(),
                updated.due(),
                updated.pageComplete(),
                updated.jiraDone(),
                record.equals(updated) ? record.syncedAt() : clock.instant());
        if (!dryRun && !updated.equals(record)) {
            store.save(pageId, updated);
        }
        upkept.put(target.actionId(), updated);
        return outcome(target, updated, steps, problems.isEmpty() ? null : String.join("; ", problems), conflicts);
    }

    private SyncRecord fields(
            SyncTarget target,
            SyncRecord record,
            Issue issue,
            Set<ActionOutcome.Step> steps,
            List<String> conflicts,
            List<String> problems) {
        FieldMerge<String> summary = new FieldMerge<>(
                Optional.of(record.summary()),
                Optional.of(IssueDrafts.summary(target.action())),
                Optional.of(issue.summary()));
        FieldMerge<LocalDate> due =
                new FieldMerge<>(record.due(), target.action().due(), issue.dueDate());
        Optional<FieldMerge<String>> assignee = pageAssignee(target)
                .map(page -> new FieldMerge<>(
                        record.assigneeId(),
                        page.map(TrackerUser::id),
                        issue.assignee().map(TrackerUser::id)));
        if (assignee.isEmpty()) {
            problems.add("the assignee could not be looked up in Jira; the next sync checks it");
        }
        IssueChanges changes = IssueChanges.none();
        if (summary.pushes()) {
            changes = changes.withSummary(summary.page().orElseThrow());
        }
        if (due.pushes()) {
            changes = changes.withDueDate(due.page().map(Change::set).orElseGet(Change::clear));
        }
        if (assignee.isPresent() && assignee.get().pushes()) {
            changes = changes.withAssignee(
                    pageAssignee(target).orElseThrow().map(Change::set).orElseGet(Change::clear));
        }
        report(conflicts, "summary", summary);
        report(conflicts, "due date", due);
        assignee.ifPresent(merge -> report(conflicts, "assignee", merge));
        boolean pushed = true;
        if (!changes.isEmpty()) {
            Result<?> edited = dryRun ? Result.ok(true) : tracker.editIssue(issue.key(), changes);
            pushed = edited.isOk();
            if (pushed) {
                steps.add(ActionOutcome.Step.UPDATED);
            } else {
                problems.add("the page's changes could not be written to " + issue.key() + ": "
                        + edited.failure().orElseThrow().detail());
            }
        }
        if (!pushed) {
            return record;
        }
        return new SyncRecord(
                record.actionId(),
                record.issueKey(),
                record.issueId(),
                record.origin(),
                summary.newBase().orElse(record.summary()),
                assignee.map(FieldMerge::newBase).orElse(record.assigneeId()),
                due.newBase(),
                record.pageComplete(),
                record.jiraDone(),
                record.syncedAt());
    }

    private SyncRecord completion(
            SyncTarget target, SyncRecord record, Issue issue, Set<ActionOutcome.Step> steps, List<String> problems) {
        boolean ticked = target.action().isComplete();
        boolean done = issue.status().isDone();
        boolean jiraDone = done;
        boolean pageComplete = ticked;
        if (record.origin() == SyncRecord.Origin.LINKED) {
            // The page does not move an issue it did not create: the tick is the task's, the status is Jira's.
            pageComplete = ticked;
        } else if (ticked != record.pageComplete() && ticked != done) {
            Optional<String> failure = dryRun ? Optional.empty() : moveTo(issue, ticked);
            if (failure.isEmpty()) {
                steps.add(ActionOutcome.Step.TRANSITIONED);
                jiraDone = ticked;
            } else {
                problems.add(failure.get());
                pageComplete = record.pageComplete();
            }
        }
        return new SyncRecord(
                record.actionId(),
                record.issueKey(),
                record.issueId(),
                record.origin(),
                record.summary(),
                record.assigneeId(),
                record.due(),
                pageComplete,
                jiraDone,
                record.syncedAt());
    }

    /**
     * Moves the issue into the done category, or back out of it; empty when it worked. The transitions Jira offers are
     * asked once per project and status — by the first follow-up that needs them; the others in the same place wait
     * for that answer — and reused for the sync's other issues (one request per transition instead of two). If a
     * reused transition is refused, this issue's own transitions are asked for.
     */
    private Optional<String> moveTo(Issue issue, boolean done) {
        CompletableFuture<Result<List<Transition>>> asked = new CompletableFuture<>();
        CompletableFuture<Result<List<Transition>>> shared = transitionsFrom.putIfAbsent(
                projectOf(issue.key()) + "\n" + issue.status().name(), asked);
        if (shared == null) {
            asked.complete(tracker.transitions(issue.key()));
            return moveWith(issue, done, asked.join());
        }
        Result<List<Transition>> reused = shared.join();
        Optional<Transition> transition = reused.toOptional().flatMap(available -> choose(available, done));
        if (transition.isPresent()) {
            Optional<TrackerError> refused =
                    tracker.transition(issue.key(), transition.get()).failure();
            TrackerError.Kind kind = refused.map(TrackerError::kind).orElse(null);
            if (kind != TrackerError.Kind.INVALID && kind != TrackerError.Kind.NOT_FOUND) {
                // Done, or failed in a way that may have been applied even after the tracker read the issue again
                // (a timeout, a 5xx): choosing another transition could move it twice.
                return refused.map(error -> issue.key() + ": " + error.message());
            }
        }
        return moveWith(issue, done, tracker.transitions(issue.key()));
    }

    private Optional<String> moveWith(Issue issue, boolean done, Result<List<Transition>> available) {
        if (available instanceof Result.Failed<List<Transition>> failed) {
            return Optional.of(issue.key() + ": " + failed.error().message());
        }
        Optional<Transition> transition = choose(available.value(), done);
        if (transition.isEmpty()) {
            return Optional.of(issue.key() + ": its workflow has no transition from "
                    + issue.status().name() + (done ? " into a done status" : " back to an open status"));
        }
        return tracker.transition(issue.key(), transition.get())
                .failure()
                .map(error -> issue.key() + ": " + error.message());
    }

    private static Optional<Transition> choose(List<Transition> available, boolean done) {
        return done
                ? Transition.into(StatusCategory.DONE, available)
                : Transition.into(StatusCategory.TO_DO, available)
                        .or(() -> Transition.into(StatusCategory.IN_PROGRESS, available));
    }

    private static String projectOf(String issueKey) {
        int dash = issueKey.lastIndexOf('-');
        return dash < 0 ? issueKey : issueKey.substring(0, dash);
    }

    /** The page's assignee as a Jira user: empty when the page names nobody Jira knows; absent when Jira was away. */
    private Optional<Optional<TrackerUser>> pageAssignee(SyncTarget target) {
        AssigneeResolver.Mapping mapping = assignees.firstAssignee(target.action());
        return mapping.lookupFailure().isPresent() ? Optional.empty() : Optional.of(mapping.jiraUser());
    }

    private static <T> void report(List<String> conflicts, String field, FieldMerge<T> merge) {
        if (merge.conflicts()) {
            conflicts.add(field + " changed on the page ("
                    + merge.page().map(Object::toString).orElse("none") + ") and in Jira ("
                    + merge.jira().map(Object::toString).orElse("none") + "); kept Jira's");
        }
    }

    /** @param problem why the action is not in sync; null when nothing went wrong */
    private static ActionOutcome outcome(
            SyncTarget target,
            SyncRecord record,
            Set<ActionOutcome.Step> steps,
            @Nullable String problem,
            List<String> conflicts) {
        return ActionOutcome.of(target, Optional.of(record.issueKey()), steps, Optional.ofNullable(problem), conflicts);
    }
}
