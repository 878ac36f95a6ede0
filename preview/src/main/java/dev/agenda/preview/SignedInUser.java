package dev.agenda.preview;

import com.atlassian.confluence.user.ConfluenceUser;
import dev.agenda.confluence.host.CurrentUser;
import java.util.function.Supplier;

/**
 * The user the current thread runs as, as Confluence's {@code AuthenticatedUserThreadLocal} holds it: {@link
 * SessionFilter} sets it when a request starts and clears it when the response leaves, so code deep in the plugin can
 * ask who is viewing; work handed to other threads carries it there ({@link #runAs}). Null while nobody is signed in.
 * Each host has its own.
 */
final class SignedInUser implements CurrentUser {

    private final ThreadLocal<ConfluenceUser> user = new ThreadLocal<>();

    @Override
    public ConfluenceUser get() {
        return user.get();
    }

    @Override
    public <T> T runAs(ConfluenceUser other, Supplier<T> work) {
        ConfluenceUser previous = user.get();
        user.set(other);
        try {
            return work.get();
        } finally {
            user.set(previous);
        }
    }

    void set(ConfluenceUser signedIn) {
        user.set(signedIn);
    }

    void clear() {
        user.remove();
    }
}
