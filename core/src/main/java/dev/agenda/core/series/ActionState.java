package dev.agenda.core.series;

import java.util.Objects;
import java.util.Optional;

/**
 * What is known of an action beyond its page when the next meeting is made: the Jira issue that tracks it, and whether
 * Jira has it done.
 *
 * @param issueKey the issue tracking the action (its sync record, or the issue its task names), if any
 * @param jira     the issue's state in Jira, {@link InJira#UNKNOWN} when Jira was not asked or could not say
 */
public record ActionState(Optional<String> issueKey, InJira jira) {

    /** The state of an action's issue in Jira. */
    public enum InJira {
        OPEN,
        DONE,
        UNKNOWN
    }

    /** Nothing known beyond the page. */
    public static final ActionState NOTHING_KNOWN = new ActionState(Optional.empty(), InJira.UNKNOWN);

    public ActionState {
        Objects.requireNonNull(issueKey, "issueKey");
        Objects.requireNonNull(jira, "jira");
    }
}
