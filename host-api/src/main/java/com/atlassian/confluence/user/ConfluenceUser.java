package com.atlassian.confluence.user;

import com.atlassian.sal.api.user.UserKey;

/**
 * Stand-in (compile only). The real interface extends com.atlassian.user.User, which declares getName(),
 * getFullName() and getEmail(); declaring them here links through the super-interfaces. Checked against
 * https://docs.atlassian.com/ConfluenceServer/javadoc/8.9.3/com/atlassian/confluence/user/ConfluenceUser.html and
 * https://docs.atlassian.com/atlassian-confluence/5.7.4/com/atlassian/confluence/user/ConfluenceUser.html.
 */
public interface ConfluenceUser {

    String getName();

    String getFullName();

    String getEmail();

    UserKey getKey();
}
