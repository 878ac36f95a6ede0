package dev.agenda.sync;

import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * What one sync did for one action: the steps taken (an action can be created and transitioned in one run), the issue
 * that tracks it, the problem that stopped it, and the fields changed on both sides.
 *
 * @param problem   why the action is not in sync, in words a user can act on
 * @param conflicts one line per field changed differently on the page and in Jira ("summary: page … / Jira …")
 */
public record ActionOutcome(
        String actionId,
        String text,
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
        Objects.requireNonNull(issueKey, "issueKey");
        steps = steps.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(steps));
        Objects.requireNonNull(problem, "problem");
        conflicts = List.copyOf(conflicts);
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
