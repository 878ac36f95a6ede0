package dev.agenda.confluence.host;

import com.atlassian.confluence.user.ConfluenceUser;

/** Port: the user of the current request; null when anonymous. Wraps Confluence's thread-local so it can be faked. */
public interface CurrentUser {

    ConfluenceUser get();
}
