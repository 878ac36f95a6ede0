package dev.agenda.confluence.tick;

import dev.agenda.core.actions.ActionItem;
import dev.agenda.services.page.HostPage;
import dev.agenda.services.tick.TaskTicks;
import java.util.Optional;

/**
 * Inside Confluence the page script records a tick the way Confluence's own task list does — with Confluence's
 * inline-tasks REST resource ({@code POST /rest/inlinetasks/1/task/{pageId}/{taskId}/}), as the viewer, before it asks
 * the app to move the Jira issue — so the page's task status is Confluence's to keep. This adapter only checks that
 * the page now says what the viewer ticked, so Jira is never moved for a tick Confluence did not record. The inline
 * tasks resource is Confluence's, not a published Java API; it was not exercised here (see README).
 */
public final class ConfluenceTaskTicks implements TaskTicks {

    @Override
    public Optional<String> record(HostPage page, ActionItem action, boolean done) {
        if (action.isComplete() == done) {
            return Optional.empty();
        }
        return Optional.of("Confluence has not recorded the task as " + (done ? "ticked" : "unticked")
                + " yet; reload the page and tick it again.");
    }
}
