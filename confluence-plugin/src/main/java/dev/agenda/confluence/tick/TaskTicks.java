package dev.agenda.confluence.tick;

import com.atlassian.confluence.pages.AbstractPage;
import dev.agenda.core.actions.ActionItem;

import java.util.Optional;

/**
 * Port: records on the page that an action's task is ticked (or unticked), where the page keeps it — inside
 * Confluence, the page's task status; in the preview host, the page's file. Implementations are thread-safe.
 */
public interface TaskTicks {

    /**
     * Records the tick. Answers empty when the page now says {@code done}, or why it could not be recorded; a failure
     * leaves the page as it was.
     */
    Optional<String> record(AbstractPage page, ActionItem action, boolean done);
}
