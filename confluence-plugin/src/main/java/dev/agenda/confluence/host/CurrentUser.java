package dev.agenda.confluence.host;

import com.atlassian.confluence.user.ConfluenceUser;
import java.util.function.Supplier;

/**
 * Port: the user the current thread runs as — null when anonymous — and running work as another user. Inside
 * Confluence it is Confluence's authenticated-user thread-local, which the application link reads on every request;
 * the preview host keeps its own. Implementations are thread-safe.
 */
public interface CurrentUser {

    /** The current thread's user; null when anonymous. */
    ConfluenceUser get();

    /**
     * Runs {@code work} on this thread as {@code user} (null: anonymous) and puts the thread's previous user back
     * after, whatever happens; the work's unchecked exceptions reach the caller unchanged.
     */
    <T> T runAs(ConfluenceUser user, Supplier<T> work);
}
