package dev.agenda.confluence.host;

import com.atlassian.confluence.user.AuthenticatedUserThreadLocal;
import com.atlassian.confluence.user.ConfluenceUser;

/** The current request's user, from Confluence's authenticated-user thread-local. */
public final class ConfluenceCurrentUser implements CurrentUser {

    @Override
    public ConfluenceUser get() {
        return AuthenticatedUserThreadLocal.get();
    }
}
