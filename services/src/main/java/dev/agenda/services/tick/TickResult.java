package dev.agenda.services.tick;

import dev.agenda.services.status.StatusReport;
import java.util.Objects;

/**
 * A tick that was recorded on the page: the action's fresh statuses, for the page to show without a reload, and a
 * sentence that says what happened in Jira too.
 */
public record TickResult(StatusReport report, String message) {

    public TickResult {
        Objects.requireNonNull(report, "report");
        Objects.requireNonNull(message, "message");
    }
}
