package dev.agenda.confluence.host;

import com.atlassian.confluence.user.ConfluenceUser;
import dev.agenda.core.sync.WorkerContext;
import java.util.function.Supplier;

/**
 * Carries the viewer to worker threads: the user of the thread that starts the work is captured then, and the work
 * runs as that user wherever it runs. Confluence's application link sends each request as the user of the thread that
 * sends it (OAuth 3LO reads it there and fails on a thread without one), so a sync's parallel follow-ups need this to
 * reach Jira as the viewer who asked for the sync. Thread-safe.
 */
public final class ViewerWorkerContext implements WorkerContext {

    private final CurrentUser currentUser;

    public ViewerWorkerContext(CurrentUser currentUser) {
        this.currentUser = currentUser;
    }

    @Override
    public <T> Supplier<T> carry(Supplier<T> work) {
        ConfluenceUser viewer = currentUser.get();
        return () -> currentUser.runAs(viewer, work);
    }
}
