package dev.agenda.services.tick;

import dev.agenda.core.actions.ActionItem;
import dev.agenda.core.sync.SyncRecord;
import dev.agenda.core.sync.SyncStateException;
import dev.agenda.core.sync.SyncStateStore;
import dev.agenda.services.PageAnswer;
import dev.agenda.services.Refusal;
import dev.agenda.services.jira.JiraAccess;
import dev.agenda.services.page.Need;
import dev.agenda.services.page.PageAccess;
import dev.agenda.services.status.PageStatusService;
import dev.agenda.services.status.StatusReport;
import dev.agenda.services.sync.PageSyncService;
import dev.agenda.sync.ActionOutcome;
import dev.agenda.sync.SyncReport;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Ticks (or unticks) one action's task: records it on the page, then — when a sync has given the action a Jira issue
 * (a tick alone never creates one) — moves the issue into (or out of) the done category through the sync of that one
 * action, so the state records it and a later sync has nothing left to do. Answers the action's fresh status for the
 * page to show without a reload. The viewer must be allowed to edit the page. Thread-safe.
 */
public final class PageTickService {

    private static final Logger LOG = LoggerFactory.getLogger(PageTickService.class);

    private final PageAccess pages;
    private final TaskTicks ticks;
    private final PageSyncService sync;
    private final PageStatusService statuses;
    private final JiraAccess jira;
    private final SyncStateStore store;

    public PageTickService(
            PageAccess pages,
            TaskTicks ticks,
            PageSyncService sync,
            PageStatusService statuses,
            JiraAccess jira,
            SyncStateStore store) {
        this.store = store;
        this.pages = pages;
        this.ticks = ticks;
        this.sync = sync;
        this.statuses = statuses;
        this.jira = jira;
    }

    /**
     * Ticks (or unticks) one task on the page for a viewer who may edit it and, if the action has an issue, brings
     * that issue along.
     *
     * @param pageId the page id as the caller wrote it
     * @param taskId the task's id within the page ({@code <ac:task-id>})
     */
    public PageAnswer<TickResult> tick(String pageId, String taskId, boolean done) {
        return pages.open(pageId, Need.EDIT).fold(before -> tick(before, pageId, taskId, done), PageAnswer::refused);
    }

    /**
     * Only records the tick on the page, for a viewer who may edit it, and leaves Jira alone: what Confluence's own
     * task list does when a box is ticked (the host's stand-in for Confluence's inline-task resource calls this).
     * Fast whatever Jira's speed, so the page can say the tick is saved before {@link #tick} moves Jira. Answers the
     * task's words as the page has them.
     *
     * @param pageId the page id as the caller wrote it
     * @param taskId the task's id within the page ({@code <ac:task-id>})
     */
    public PageAnswer<String> save(String pageId, String taskId, boolean done) {
        return pages.open(pageId, Need.EDIT)
                .fold(
                        before -> recorded(before, pageId, taskId, done)
                                .fold(action -> PageAnswer.done(action.text()), PageAnswer::refused),
                        PageAnswer::refused);
    }

    private PageAnswer<TickResult> tick(PageAccess.Ready before, String pageId, String taskId, boolean done) {
        return recorded(before, pageId, taskId, done)
                .fold(
                        action -> pages.open(pageId, Need.EDIT)
                                .fold(ticked -> answer(ticked, action, done), PageAnswer::refused),
                        PageAnswer::refused);
    }

    /** Records the tick of the page's task; answers the task's action, or why nothing was recorded. */
    private PageAnswer<ActionItem> recorded(PageAccess.Ready before, String pageId, String taskId, boolean done) {
        Optional<ActionItem> action = before.meeting().actions().stream()
                .filter(candidate -> candidate.taskId().equals(taskId))
                .findFirst();
        if (action.isEmpty()) {
            return PageAnswer.refused(Refusal.of(
                    Refusal.Reason.NOT_FOUND,
                    "Page " + pageId + " has no task " + taskId
                            + "; it may have been edited since you opened it. Reload the page."));
        }
        Optional<String> problem = ticks.record(before.page(), action.get(), done);
        if (problem.isPresent()) {
            LOG.warn("The tick of task {} on page {} was not recorded: {}", taskId, pageId, problem.get());
            return PageAnswer.refused(Refusal.of(Refusal.Reason.NOT_RECORDED, problem.get()));
        }
        return PageAnswer.done(action.get());
    }

    private PageAnswer<TickResult> answer(PageAccess.Ready ticked, ActionItem action, boolean done) {
        String word = done ? "Ticked" : "Unticked";
        String message = word + " “" + action.text() + "”.";
        Optional<PageAnswer<SyncReport>> synced = Optional.empty();
        Tracking tracking = tracking(ticked, action);
        if (jira.site().configured() && !tracking.tracked() && sync.awaitRunningSync(ticked)) {
            // A sync running when the task was ticked may be creating its issue: once it is over, the issue is known.
            tracking = tracking(ticked, action);
        }
        if (jira.site().configured() && tracking.tracked()) {
            synced = Optional.of(sync.syncAction(ticked, action.id()));
        } else if (jira.site().configured()) {
            message = word + " “" + action.text() + "”; it is not in Jira yet (sync the page to create its issue).";
        }
        try {
            StatusReport report = statuses.report(ticked, List.of(), true);
            if (synced.isPresent()) {
                String jiraSide = inJira(synced.get(), report, tracking.linked());
                message = word + " “" + action.text() + "”; " + jiraSide;
            }
            return PageAnswer.done(new TickResult(report, message));
        } catch (SyncStateException e) {
            LOG.warn(
                    "Task {} of page {} was ticked, but its status could not be read: {}",
                    action.taskId(),
                    ticked.meeting().pageId(),
                    e.getMessage());
            return PageAnswer.refused(Refusal.of(Refusal.Reason.STATE_UNAVAILABLE, e.getMessage()));
        }
    }

    /**
     * What the sync state says of the action's issue.
     *
     * @param tracked whether a sync gave the action an issue (a tick alone never creates one)
     * @param linked  whether that issue is one its task names, which the page links but never moves
     */
    private record Tracking(boolean tracked, boolean linked) {}

    /** Reads the action's record once; with the state unreadable, the sync is tried, and says why it failed. */
    private Tracking tracking(PageAccess.Ready page, ActionItem action) {
        try {
            SyncRecord record = store.records(page.meeting().pageId()).get(action.id());
            return new Tracking(record != null, record != null && record.origin() == SyncRecord.Origin.LINKED);
        } catch (SyncStateException e) {
            return new Tracking(true, false);
        }
    }

    private static String inJira(PageAnswer<SyncReport> synced, StatusReport fresh, boolean linked) {
        return synced.fold(
                report -> inJira(report, fresh, linked), refusal -> "Jira was not changed: " + refusal.message());
    }

    /** What happened in Jira, naming the issue's status as Jira now has it ("DM-12813 moved to Done."). */
    private static String inJira(SyncReport report, StatusReport fresh, boolean linked) {
        if (report.abort().isPresent()) {
            return "Jira was not changed: " + report.abort().get();
        }
        for (ActionOutcome action : report.outcomes()) {
            if (action.problem().isPresent()) {
                return "Jira was not changed: " + action.problem().get();
            }
            if (action.issueKey().isEmpty()) {
                continue;
            }
            String key = action.issueKey().get();
            Optional<String> status = statusOf(fresh, key);
            if (action.steps().contains(ActionOutcome.Step.TRANSITIONED)) {
                return status.map(name -> key + " moved to " + name + ".").orElse(key + " moved in Jira.");
            }
            if (action.steps().isEmpty() && linked) {
                return status.map(name -> key + " stays " + name + " in Jira: the page does not move an issue it did"
                                + " not create.")
                        .orElse(key + " is not moved: the page does not move an issue it did not create.");
            }
            return status.map(name -> key + " is " + name + " in Jira; nothing to change.")
                    .orElse(key + " needed no change in Jira.");
        }
        return "Jira has nothing to change.";
    }

    private static Optional<String> statusOf(StatusReport report, String key) {
        return report.issues().stream()
                .filter(line -> line.key().equals(key))
                .flatMap(line -> line.issue().stream())
                .map(issue -> issue.status().name())
                .findFirst();
    }
}
