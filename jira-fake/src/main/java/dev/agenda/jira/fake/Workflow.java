package dev.agenda.jira.fake;

import dev.agenda.core.tracker.IssueStatus;
import dev.agenda.core.tracker.StatusCategory;
import dev.agenda.core.tracker.Transition;
import java.util.List;
import java.util.Optional;

/**
 * The fake Jira's one workflow: To Do → In Progress → Done, every status reachable from every other, as Jira's
 * simplified workflow allows. Transition names differ from status names on purpose, so clients that pick "done" by
 * name instead of by category fail here as they would on a real Jira.
 */
public final class Workflow {

    public static final IssueStatus TO_DO = new IssueStatus("To Do", StatusCategory.TO_DO);
    public static final IssueStatus IN_PROGRESS = new IssueStatus("In Progress", StatusCategory.IN_PROGRESS);
    public static final IssueStatus DONE = new IssueStatus("Done", StatusCategory.DONE);

    private static final List<Transition> ALL = List.of(
            new Transition("11", "Start progress", IN_PROGRESS),
            new Transition("21", "Resolve", DONE),
            new Transition("31", "Reopen", TO_DO));

    private Workflow() {
    }

    /** The transitions available from a status: every one that leads somewhere else. */
    public static List<Transition> from(IssueStatus current) {
        return ALL.stream().filter(transition -> !transition.to().equals(current)).toList();
    }

    public static Optional<Transition> byId(IssueStatus current, String id) {
        return from(current).stream().filter(transition -> transition.id().equals(id)).findFirst();
    }

    /** A status by its name, for tests that move issues directly. */
    public static IssueStatus status(String name) {
        return List.of(TO_DO, IN_PROGRESS, DONE).stream().filter(status -> status.name().equalsIgnoreCase(name))
                .findFirst().orElseThrow(() -> new IllegalArgumentException("no status " + name));
    }
}
