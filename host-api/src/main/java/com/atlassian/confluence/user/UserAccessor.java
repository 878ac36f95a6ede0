package com.atlassian.confluence.user;

import com.atlassian.sal.api.user.UserKey;

/**
 * Stand-in (compile only). The lookups are declared on the super-interface ConfluenceUserResolver (since 7.16);
 * declaring them here links through it. Checked against
 * https://docs.atlassian.com/ConfluenceServer/javadoc/8.1.1/com/atlassian/confluence/user/ConfluenceUserResolver.html
 * and https://docs.atlassian.com/ConfluenceServer/javadoc/8.5.21/com/atlassian/confluence/user/UserAccessor.html.
 * Both return null for an unknown user.
 */
public interface UserAccessor {

    ConfluenceUser getUserByName(String name);

    ConfluenceUser getUserByKey(UserKey key);
}
