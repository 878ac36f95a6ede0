package com.atlassian.confluence.security;

import com.atlassian.confluence.user.ConfluenceUser;

/**
 * Stand-in (compile only), declaring only the member the plugin calls. Checked against the Confluence 10.1.0
 * javadoc, https://docs.atlassian.com/ConfluenceServer/javadoc/10.1.0/com/atlassian/confluence/security/PermissionManager.html:
 * {@code boolean hasPermission(@Nullable ConfluenceUser user, Permission permission, @Nullable Object target)},
 * since 8.8 (a null user is the anonymous user).
 */
public interface PermissionManager {

    boolean hasPermission(ConfluenceUser user, Permission permission, Object target);
}
