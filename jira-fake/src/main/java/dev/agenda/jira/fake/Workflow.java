package dev.agenda.jira.fake;

import dev.agenda.core.tracker.IssueStatus;
import dev.agenda.core.tracker.StatusCategory;
import dev.agenda.core.tracker.Transition;
import java.util.List;
import java.util.Optional;

/**
 * The fake Jira's one workflow: To Do (category {@code new}) → In Progress ({@code indeterminate}) → Done
 * ({@code done}), every status reachable from every other as in Jira's simplified workflows. The transitions offered
 * from a status are those that lead somewhere else: "Start progress" (11), "Done" (21), "Stop progress" (31, from In
 * Progress) and "Reopen" (41, from Done) — two names for the way back so that clients picking a transition by name
 * instead of by status category fail here as they would on a real Jira. Immutable.
 */
public final class Workflow {

    public static final IssueStatus TO_DO = new IssueStatus("To Do", StatusCategory.TO_DO);
    public static final IssueStatus IN_PROGRESS = new IssueStatus("In Progress", StatusCategory.IN_PROGRESS);
    public static final IssueStatus DONE = new IssueStatus("Done", StatusCategory.DONE);

    private static final Transition START = new Transition("11", "Start progress", IN_PROGRESS);
    private static final Transition FINISH = new Transition("21", "Done", DONE);
    private static final Transition STOP = new Transition("31", "Stop progress", TO_DO);
    private static final Transition REOPEN = new Transition("41", "Reopen", TO_DO);

    private Workflow() {}

    /** The statuses, in workflow order. */
    public static List<IssueStatus> statuses() {
        return List.of(TO_DO, IN_PROGRESS, DONE);
    }

    /** The transitions available from a status, in the order Jira lists them; never one into the same status. */
    public static List<Transition> from(IssueStatus current) {
        if (current.equals(TO_DO)) {
            return List.of(START, FINISH);
        }
        if (current.equals(IN_PROGRESS)) {
            return List.of(FINISH, STOP);
        }
        return List.of(START, REOPEN);
    }

    /** The transition with this id, if it is available from the status. */
    public static Optional<Transition> byId(IssueStatus current, String id) {
        return from(current).stream()
                .filter(transition -> transition.id().equals(id))
                .findFirst();
    }

    /** A status by its name, ignoring case, for tests that move issues directly. */
    public static IssueStatus status(String name) {
        return statuses().stream()
                .filter(status -> status.name().equalsIgnoreCase(name))
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no status '" + name + "'; the fake Jira has "
                        + statuses().stream().map(IssueStatus::name).toList()));
    }
}
