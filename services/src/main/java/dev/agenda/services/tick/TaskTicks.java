package dev.agenda.services.tick;

import dev.agenda.core.actions.ActionItem;
import dev.agenda.services.page.HostPage;
import java.util.Optional;

/**
 * Port: records on the page that an action's task is ticked (or unticked), where the page keeps it — inside
 * Confluence, the page's task status; in the preview host, the page's file. Implementations are thread-safe.
 */
@FunctionalInterface
public interface TaskTicks {

    /**
     * Records the tick. Answers empty when the page now says {@code done}, or why it could not be recorded; a failure
     * leaves the page as it was.
     */
    Optional<String> record(HostPage page, ActionItem action, boolean done);
}
