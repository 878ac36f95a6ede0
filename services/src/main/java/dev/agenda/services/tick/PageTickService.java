package dev.agenda.services.tick;

import dev.agenda.core.actions.ActionItem;
import dev.agenda.core.sync.SyncStateException;
import dev.agenda.core.sync.SyncStateStore;
import dev.agenda.services.PageAnswer;
import dev.agenda.services.Refusal;
import dev.agenda.services.jira.JiraAccess;
import dev.agenda.services.page.Need;
import dev.agenda.services.page.PageAccess;
import dev.agenda.services.status.PageStatusService;
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

    private PageAnswer<TickResult> tick(PageAccess.Ready before, String pageId, String taskId, boolean done) {
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
        return pages.open(pageId, Need.EDIT).fold(ticked -> answer(ticked, action.get(), done), PageAnswer::refused);
    }

    private PageAnswer<TickResult> answer(PageAccess.Ready ticked, ActionItem action, boolean done) {
        String word = done ? "Ticked" : "Unticked";
        String message = word + " “" + action.text() + "”.";
        if (jira.site().configured() && tracked(ticked, action)) {
            message = word + " “" + action.text() + "”; " + inJira(sync.syncAction(ticked, action.id()));
        } else if (jira.site().configured()) {
            message = word + " “" + action.text() + "”; it is not in Jira yet (sync the page to create its issue).";
        }
        try {
            return PageAnswer.done(new TickResult(statuses.report(ticked, List.of(), true), message));
        } catch (SyncStateException e) {
            LOG.warn(
                    "Task {} of page {} was ticked, but its status could not be read: {}",
                    action.taskId(),
                    ticked.meeting().pageId(),
                    e.getMessage());
            return PageAnswer.refused(Refusal.of(Refusal.Reason.STATE_UNAVAILABLE, e.getMessage()));
        }
    }

    /** Whether a sync gave the action an issue; a tick alone never creates one. */
    private boolean tracked(PageAccess.Ready page, ActionItem action) {
        try {
            return store.records(page.meeting().pageId()).containsKey(action.id());
        } catch (SyncStateException e) {
            return true;
        }
    }

    private static String inJira(PageAnswer<SyncReport> synced) {
        return synced.fold(PageTickService::inJira, refusal -> "Jira was not changed: " + refusal.message());
    }

    private static String inJira(SyncReport report) {
        if (report.abort().isPresent()) {
            return "Jira was not changed: " + report.abort().get();
        }
        for (ActionOutcome action : report.outcomes()) {
            if (action.problem().isPresent()) {
                return "Jira was not changed: " + action.problem().get();
            }
            if (action.steps().contains(ActionOutcome.Step.TRANSITIONED)) {
                return action.issueKey().orElse("its issue") + " moved in Jira.";
            }
            if (action.issueKey().isPresent()) {
                return action.issueKey().get() + " was already there in Jira.";
            }
        }
        return "Jira has nothing to change.";
    }
}
