package dev.agenda.confluence.host;

import com.atlassian.confluence.user.ConfluenceUser;
import dev.agenda.core.sync.WorkerContext;
import java.util.function.Supplier;

/**
 * Carries the viewer to worker threads inside Confluence: the authenticated user of the thread that starts the work is
 * captured then, and the work runs as that user wherever it runs. Confluence's application link sends each request as
 * the user of the thread that sends it (OAuth 3LO reads it there and fails on a thread without one), so a sync's
 * parallel follow-ups need this to reach Jira as the viewer who asked for the sync. Thread-safe.
 */
public final class ConfluenceWorkerContext implements WorkerContext {

    private final ConfluenceUsers users;

    public ConfluenceWorkerContext(ConfluenceUsers users) {
        this.users = users;
    }

    @Override
    public <T> Supplier<T> carry(Supplier<T> work) {
        ConfluenceUser viewer = users.current();
        return () -> users.runAs(viewer, work);
    }
}
