package dev.agenda.sync;

import dev.agenda.core.page.MeetingPage;
import dev.agenda.core.sync.SyncRecord;
import dev.agenda.core.sync.SyncRecord.Removal;
import dev.agenda.core.sync.SyncStateStore;
import dev.agenda.core.tracker.Issue;
import dev.agenda.core.tracker.IssueTracker;
import dev.agenda.core.tracker.Result;
import dev.agenda.core.tracker.StatusCategory;
import dev.agenda.core.tracker.Transition;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Carries out what the person chose for the issue of a task removed from the page, under the page's lock: leave it
 * (recorded, so no sync asks again) or close it (moved into the done category once; nothing is ever deleted). Closing
 * reads the issue first, so an issue already done is not moved again and a choice sent twice transitions once; the
 * tracker's own transition re-reads the issue before sending again after a failure that may have been applied.
 */
final class RemovedTaskChoice {

    private final IssueTracker tracker;
    private final SyncStateStore store;
    private final Clock clock;

    RemovedTaskChoice(IssueTracker tracker, SyncStateStore store, Clock clock) {
        this.tracker = tracker;
        this.store = store;
        this.clock = clock;
    }

    /** The page's removed tasks after the choice, or why the action is not one of them. */
    SyncReport choose(MeetingPage page, String actionId, Removal choice) {
        String pageId = page.pageId();
        Map<String, SyncRecord> records = store.records(pageId);
        SyncRecord record = records.get(actionId);
        if (record == null
                || RemovedTask.of(page, records).stream()
                        .noneMatch(task -> task.actionId().equals(actionId))) {
            return SyncReport.aborted(
                    pageId,
                    "Action " + actionId + " is not a synced task removed from this page (its task is on the page,"
                            + " or the sync never created an issue for it); nothing was changed.",
                    false);
        }
        Optional<String> problem = Optional.empty();
        if (choice == Removal.LEFT) {
            store.save(pageId, record.removed(Removal.LEFT, record.jiraDone(), clock.instant()));
        } else if (record.removal().orElse(null) != Removal.CLOSED) {
            problem = close(record.issueKey());
            if (problem.isEmpty()) {
                store.save(pageId, record.removed(Removal.CLOSED, true, clock.instant()));
            }
        }
        Optional<String> failed = problem;
        List<RemovedTask> removed = RemovedTask.of(page, store.records(pageId)).stream()
                .map(task -> task.actionId().equals(actionId) && failed.isPresent()
                        ? new RemovedTask(task.actionId(), task.issueKey(), task.summary(), task.choice(), failed)
                        : task)
                .toList();
        return SyncReport.ran(pageId, List.of(), removed, false);
    }

    /** Moves the issue into the done category unless it is there already; why it failed, or empty. */
    private Optional<String> close(String key) {
        Result<Issue> read = tracker.issuesByKey(List.of(key), List.of()).get(key);
        if (read == null) {
            return Optional.of("Jira did not answer for " + key + "; nothing was changed, try again.");
        }
        if (read instanceof Result.Failed<Issue> failed) {
            return Optional.of("Closing failed: " + failed.error().message());
        }
        Issue issue = read.value();
        if (issue.status().isDone()) {
            return Optional.empty();
        }
        Result<List<Transition>> available = tracker.transitions(key);
        if (available instanceof Result.Failed<List<Transition>> failed) {
            return Optional.of("Closing failed: " + failed.error().message());
        }
        Optional<Transition> done = Transition.into(StatusCategory.DONE, available.value());
        if (done.isEmpty()) {
            return Optional.of("Closing failed: its workflow has no transition from "
                    + issue.status().name() + " into a done status.");
        }
        return tracker.transition(key, done.get()).failure().map(error -> "Closing failed: " + error.message());
    }
}
