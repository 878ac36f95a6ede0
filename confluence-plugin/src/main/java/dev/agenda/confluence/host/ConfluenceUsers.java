package dev.agenda.confluence.host;

import com.atlassian.confluence.user.AuthenticatedUserThreadLocal;
import com.atlassian.confluence.user.ConfluenceUser;
import dev.agenda.services.page.CurrentViewer;
import dev.agenda.services.page.Viewer;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * The viewer as Confluence keeps it: the thread's authenticated user ({@link AuthenticatedUserThreadLocal}), and work
 * run as a user with {@code AuthenticatedUserThreadLocal.asUser(user, Callable)}, which puts the previous user back
 * afterwards (documented since Confluence 7.14; see docs/ATLASSIAN-API.md). Confluence's application link sends each
 * request as the user of the thread that sends it, so work for a viewer on another thread runs through
 * {@link #runAs}. Thread-safe.
 */
public final class ConfluenceUsers implements CurrentViewer {

    @Override
    public Optional<Viewer> get() {
        return Optional.ofNullable(AuthenticatedUserThreadLocal.get()).map(ConfluenceUsers::viewerOf);
    }

    /** The thread's Confluence user; null when anonymous. */
    public ConfluenceUser current() {
        return AuthenticatedUserThreadLocal.get();
    }

    /**
     * Runs {@code work} on this thread as {@code user} (null: anonymous) and puts the thread's previous user back
     * after, whatever happens; the work's unchecked exceptions reach the caller unchanged.
     */
    public <T> T runAs(ConfluenceUser user, Supplier<T> work) {
        try {
            return AuthenticatedUserThreadLocal.asUser(user, work::get);
        } catch (RuntimeException e) {
            throw e;
        } catch (Exception e) {
            // A Supplier throws nothing checked; Confluence's own wrapping might, and it must not be swallowed.
            throw new IllegalStateException(
                    "work run as " + (user == null ? "anonymous" : user.getName()) + " failed", e);
        }
    }

    /** The viewer a Confluence user is; a part Confluence leaves out falls back to another, never to null. */
    static Viewer viewerOf(ConfluenceUser user) {
        String name = Objects.requireNonNullElse(user.getName(), "");
        String key = user.getKey() == null ? name : user.getKey().getStringValue();
        String displayName = user.getFullName() == null || user.getFullName().isBlank() ? name : user.getFullName();
        return new Viewer(key, name, displayName);
    }
}
