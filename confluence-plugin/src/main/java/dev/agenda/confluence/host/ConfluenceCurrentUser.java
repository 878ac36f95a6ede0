package dev.agenda.confluence.host;

import com.atlassian.confluence.user.AuthenticatedUserThreadLocal;
import com.atlassian.confluence.user.ConfluenceUser;
import java.util.function.Supplier;

/**
 * The current user as Confluence keeps it: {@link AuthenticatedUserThreadLocal}, whose {@code asUser(user, Callable)}
 * runs work as a user and restores the previous one (documented since Confluence 7.14, see docs/ATLASSIAN-API.md).
 */
public final class ConfluenceCurrentUser implements CurrentUser {

    @Override
    public ConfluenceUser get() {
        return AuthenticatedUserThreadLocal.get();
    }

    @Override
    public <T> T runAs(ConfluenceUser user, Supplier<T> work) {
        try {
            return AuthenticatedUserThreadLocal.asUser(user, work::get);
        } catch (RuntimeException e) {
            throw e;
        } catch (Exception e) {
            // A Supplier throws nothing checked; Confluence's own wrapping might, and it must not be swallowed.
            throw new IllegalStateException("work run as " + (user == null ? "anonymous" : user.getName())
                    + " failed", e);
        }
    }
}
