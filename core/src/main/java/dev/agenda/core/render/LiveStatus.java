package dev.agenda.core.render;

import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * What a host that serves live Jira statuses tells the render, so the page can show them without waiting on Jira:
 * the page is rendered at once with what is already known here (which issue tracks each action, from the sync state),
 * and marked so the page script can ask for the statuses in one call afterwards. {@link #off()} renders a static
 * page (the command line's {@code render}). Immutable.
 *
 * @param restBase         where the app's REST resources are, e.g. {@code /rest/agenda/1.0}; empty to let the page
 *                         script find them (inside Confluence, under the context path)
 * @param jiraConnected    whether a Jira is configured at all; without one the page says so and shows no statuses
 * @param jiraLabel        a label shown beside every status, such as "demo Jira"; empty for a real Jira
 * @param canEdit          whether the viewer may edit the page, and so sync it and tick its tasks
 * @param trackingIssues   the Jira key that tracks each action, by action id, as far as the sync state knows
 */
public record LiveStatus(
        boolean enabled,
        String restBase,
        boolean jiraConnected,
        String jiraLabel,
        boolean canEdit,
        Map<String, String> trackingIssues) {

    public LiveStatus {
        Objects.requireNonNull(restBase, "restBase");
        Objects.requireNonNull(jiraLabel, "jiraLabel");
        trackingIssues = Map.copyOf(trackingIssues);
    }

    /** A static page: no live statuses, no controls. */
    public static LiveStatus off() {
        return new LiveStatus(false, "", false, "", false, Map.of());
    }

    /** A page with live statuses. */
    public static LiveStatus on(
            String restBase,
            boolean jiraConnected,
            String jiraLabel,
            boolean canEdit,
            Map<String, String> trackingIssues) {
        return new LiveStatus(true, restBase, jiraConnected, jiraLabel, canEdit, trackingIssues);
    }

    public Optional<String> trackingIssue(String actionId) {
        return Optional.ofNullable(trackingIssues.get(actionId));
    }
}
