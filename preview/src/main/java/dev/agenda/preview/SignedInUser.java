package dev.agenda.preview;

import com.atlassian.confluence.user.ConfluenceUser;
import dev.agenda.confluence.host.CurrentUser;

/**
 * The user of the request the current thread is serving, as Confluence's {@code AuthenticatedUserThreadLocal} holds
 * it: {@link SessionFilter} sets it when a request starts and clears it when the response leaves, so code deep in the
 * plugin can ask who is viewing. Null while nobody is signed in. Each host has its own.
 */
final class SignedInUser implements CurrentUser {

    private final ThreadLocal<PreviewUser> user = new ThreadLocal<>();

    @Override
    public ConfluenceUser get() {
        return user.get();
    }

    void set(PreviewUser signedIn) {
        user.set(signedIn);
    }

    void clear() {
        user.remove();
    }
}
