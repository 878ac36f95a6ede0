package dev.agenda.core.register;

import dev.agenda.core.actions.ActionItem;
import dev.agenda.core.tracker.IssueStatus;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * One action in the register, with its meeting and what is known of its issue.
 *
 * @param meetingDate the date of the agenda the action was written in, else of the page's first dated agenda
 * @param jiraKey     the issue that tracks the action: the sync record's, else the one the task itself carries
 * @param jiraStatus  the issue's status as last seen in Jira, when known
 * @param done        Jira's word where the action has an issue and its status is known; the last sync's where only that
 *                    is known; else the page's tick
 * @param project     the Jira project of the action's issue, else of the agenda it was written in
 * @param order       the action's place among its page's actions, for a stable order
 */
public record RegisterEntry(
        RegisterPage page,
        ActionItem action,
        Optional<LocalDate> meetingDate,
        Optional<String> jiraKey,
        Optional<IssueStatus> jiraStatus,
        boolean done,
        Optional<String> project,
        int order) {

    public RegisterEntry {
        Objects.requireNonNull(page, "page");
        Objects.requireNonNull(action, "action");
        Objects.requireNonNull(meetingDate, "meetingDate");
        Objects.requireNonNull(jiraKey, "jiraKey");
        Objects.requireNonNull(jiraStatus, "jiraStatus");
        Objects.requireNonNull(project, "project");
    }

    /** Whether the action is still to be done and was due before {@code today}. */
    public boolean overdueOn(LocalDate today) {
        return !done && action.due().filter(due -> due.isBefore(today)).isPresent();
    }
}
