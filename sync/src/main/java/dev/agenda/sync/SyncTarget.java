package dev.agenda.sync;

import dev.agenda.core.actions.ActionItem;
import dev.agenda.core.actions.CarriedFrom;
import dev.agenda.core.agenda.Agenda;
import dev.agenda.core.agenda.AgendaParameters;
import dev.agenda.core.page.MeetingPage;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * An action with where its issue belongs: the project and issue type of the agenda it was written in (else the
 * default project and {@value AgendaParameters#DEFAULT_ISSUE_TYPE}), and that agenda's title for the description.
 */
public record SyncTarget(ActionItem action, Optional<String> project, String issueType, String agendaTitle) {

    public SyncTarget {
        Objects.requireNonNull(action, "action");
        Objects.requireNonNull(project, "project");
        Objects.requireNonNull(issueType, "issueType");
        Objects.requireNonNull(agendaTitle, "agendaTitle");
    }

    /**
     * Every action on the page, in page order, with its target.
     *
     * @param settings how the page is synced: its {@link SyncSettings#defaultProject() default project} is the
     *                 project of actions whose agenda names none
     */
    public static List<SyncTarget> of(MeetingPage page, SyncSettings settings) {
        Optional<String> defaultProject = settings.defaultProject();
        Map<String, SyncTarget> targets = new LinkedHashMap<>();
        for (Agenda agenda : page.agendas()) {
            AgendaParameters parameters = agenda.parameters();
            for (ActionItem action : page.actionsIn(agenda)) {
                targets.put(
                        action.id(),
                        new SyncTarget(
                                action,
                                parameters.project().or(() -> defaultProject),
                                parameters.issueType(),
                                parameters.title()));
            }
        }
        List<SyncTarget> ordered = new ArrayList<>();
        for (ActionItem action : page.actions()) {
            ordered.add(targets.getOrDefault(
                    action.id(), new SyncTarget(action, defaultProject, AgendaParameters.DEFAULT_ISSUE_TYPE, "")));
        }
        return ordered;
    }

    public String actionId() {
        return action.id();
    }

    /**
     * Who the action is in Jira: for a task carried from an earlier meeting ({@link CarriedFrom}), the original
     * action's id, so that the two tasks have one issue whichever page is synced first; else the action's own id. The
     * issue's handle (its {@value SyncSettings#ACTION_PROPERTY} property and page label) names this identity, and the
     * sync looks for the issue by it. The action's record, outcome and link back stay under its own id.
     */
    public String identity() {
        return CarriedFrom.originActionId(action.task()).orElse(action.id());
    }

    /** The page of the original action, for a task carried from another page; empty for a page's own action. */
    public Optional<String> originPage() {
        String identity = identity();
        return identity.equals(action.id()) ? Optional.empty() : Optional.of(CarriedFrom.pageIdOf(identity));
    }

    /** The existing issue the task names (its first Jira reference), which the action is linked to, not copied. */
    public Optional<String> namedIssue() {
        return action.namedIssue();
    }
}
