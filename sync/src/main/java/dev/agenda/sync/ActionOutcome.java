package dev.agenda.sync;

import dev.agenda.core.users.Person;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * What one sync did for one action: the steps taken (an action can be created and transitioned in one run), the issue
 * that tracks it, the problem that stopped it, and the fields changed on both sides.
 *
 * @param project   the Jira project the action's issue is in (its key's) or, without one, would be created in: its
 *                  agenda's or the default project; empty when it has neither
 * @param assignees the display names of the people the task is for, as the page names them
 * @param problem   why the action is not in sync, in words a user can act on
 * @param conflicts one line per field changed differently on the page and in Jira ("summary: page … / Jira …")
 */
public record ActionOutcome(
        String actionId,
        String text,
        Optional<String> project,
        List<String> assignees,
        Optional<String> issueKey,
        Set<Step> steps,
        Optional<String> problem,
        List<String> conflicts) {

    /** Something the sync did (or, in a dry run, would do). */
    public enum Step {
        CREATED,
        LINKED,
        UPDATED,
        TRANSITIONED
    }

    public ActionOutcome {
        Objects.requireNonNull(actionId, "actionId");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(project, "project");
        assignees = List.copyOf(assignees);
        Objects.requireNonNull(issueKey, "issueKey");
        steps = steps.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(steps));
        Objects.requireNonNull(problem, "problem");
        conflicts = List.copyOf(conflicts);
    }

    /** The outcome for this target: its text, project and assignees from the page, the rest as given. */
    static ActionOutcome of(
            SyncTarget target,
            Optional<String> issueKey,
            Set<Step> steps,
            Optional<String> problem,
            List<String> conflicts) {
        return new ActionOutcome(
                target.actionId(),
                target.action().text(),
                issueKey.map(ActionOutcome::projectOf).or(target::project),
                target.action().assignees().stream().map(Person::displayName).toList(),
                issueKey,
                steps,
                problem,
                conflicts);
    }

    /** The project of an issue key: what stands before its last hyphen ({@code DM} of {@code DM-12813}). */
    private static String projectOf(String key) {
        return key.substring(0, Math.max(0, key.lastIndexOf('-')));
    }

    public boolean failed() {
        return problem.isPresent();
    }

    public boolean unchanged() {
        return steps.isEmpty() && problem.isEmpty();
    }

    /** In sync: nothing failed and nothing disagrees. */
    public boolean inSync() {
        return problem.isEmpty() && conflicts.isEmpty();
    }
}
