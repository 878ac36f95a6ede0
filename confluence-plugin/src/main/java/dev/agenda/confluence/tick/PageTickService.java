package dev.agenda.confluence.tick;

import dev.agenda.confluence.jira.JiraAccess;
import dev.agenda.confluence.page.PageAccess;
import dev.agenda.confluence.status.PageStatusService;
import dev.agenda.confluence.status.StatusReport;
import dev.agenda.confluence.sync.PageSyncOutcome;
import dev.agenda.confluence.sync.PageSyncService;
import dev.agenda.core.actions.ActionItem;
import dev.agenda.core.sync.SyncStateException;
import dev.agenda.core.sync.SyncStateStore;
import dev.agenda.sync.ActionOutcome;
import dev.agenda.sync.SyncReport;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Ticks (or unticks) one action's task: records it on the page, then — when a sync has given the action a Jira issue
 * (a tick alone never creates one) — moves the issue into (or out of) the done category through the sync of that one
 * action, so the state records it and a later sync has nothing left to do. Answers the action's fresh status for the page to show without a reload. The viewer
 * must be allowed to edit the page. Thread-safe.
 */
public final class PageTickService {

    /** What a tick came to. */
    public sealed interface Answer permits Ticked, Refused, NoSuchTask, NotRecorded, StateUnavailable {
    }

    /** Recorded; {@code message} says what happened in Jira too. */
    public record Ticked(StatusReport report, String message) implements Answer {
        public Ticked {
            Objects.requireNonNull(report, "report");
            Objects.requireNonNull(message, "message");
        }
    }

    public record Refused(PageAccess.Refused refusal) implements Answer {
    }

    public record NoSuchTask(String message) implements Answer {
    }

    /** The page could not record the tick; nothing was changed. */
    public record NotRecorded(String message) implements Answer {
    }

    public record StateUnavailable(String message) implements Answer {
    }

    private final PageAccess pages;
    private final TaskTicks ticks;
    private final PageSyncService sync;
    private final PageStatusService statuses;
    private final JiraAccess jira;
    private final SyncStateStore store;

    public PageTickService(PageAccess pages, TaskTicks ticks, PageSyncService sync, PageStatusService statuses,
                           JiraAccess jira, SyncStateStore store) {
        this.store = store;
        this.pages = pages;
        this.ticks = ticks;
        this.sync = sync;
        this.statuses = statuses;
        this.jira = jira;
    }

    /**
     * @param taskId the task's id within the page ({@code <ac:task-id>})
     */
    public Answer tick(String pageId, String taskId, boolean done) {
        PageAccess.Opened opened = pages.open(pageId, PageAccess.Need.EDIT);
        if (opened instanceof PageAccess.Refused refused) {
            return new Refused(refused);
        }
        PageAccess.Ready before = (PageAccess.Ready) opened;
        Optional<ActionItem> action = before.meeting().actions().stream()
                .filter(candidate -> candidate.taskId().equals(taskId)).findFirst();
        if (action.isEmpty()) {
            return new NoSuchTask("Page " + pageId + " has no task " + taskId + "; it may have been edited since you "
                    + "opened it. Reload the page.");
        }
        Optional<String> problem = ticks.record(before.page(), action.get(), done);
        if (problem.isPresent()) {
            return new NotRecorded(problem.get());
        }
        PageAccess.Opened after = pages.open(pageId, PageAccess.Need.EDIT);
        if (after instanceof PageAccess.Refused refused) {
            return new Refused(refused);
        }
        PageAccess.Ready ticked = (PageAccess.Ready) after;
        String word = done ? "Ticked" : "Unticked";
        String message = word + " “" + action.get().text() + "”.";
        if (jira.site().configured() && tracked(ticked, action.get())) {
            message = word + " “" + action.get().text() + "”; " + inJira(sync.syncAction(ticked, action.get().id()));
        } else if (jira.site().configured()) {
            message = word + " “" + action.get().text()
                    + "”; it is not in Jira yet (sync the page to create its issue).";
        }
        try {
            StatusReport report = statuses.report(ticked, List.of(), true);
            return new Ticked(report, message);
        } catch (SyncStateException e) {
            return new StateUnavailable(e.getMessage());
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

    private static String inJira(PageSyncOutcome outcome) {
        if (!(outcome instanceof PageSyncOutcome.Synced synced)) {
            return "Jira was not changed: " + describe(outcome);
        }
        SyncReport report = synced.report();
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

    private static String describe(PageSyncOutcome outcome) {
        if (outcome instanceof PageSyncOutcome.NeedsAuthorisation consent) {
            return consent.message();
        }
        if (outcome instanceof PageSyncOutcome.Refused refused) {
            return refused.refusal().message();
        }
        if (outcome instanceof PageSyncOutcome.StateUnavailable state) {
            return state.message();
        }
        return outcome.toString();
    }
}
