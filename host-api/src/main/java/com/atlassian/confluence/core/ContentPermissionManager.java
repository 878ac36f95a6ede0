package com.atlassian.confluence.core;

/**
 * Stand-in (compile only): content restrictions. Checked against
 * https://docs.atlassian.com/ConfluenceServer/javadoc/8.0.0-m90/com/atlassian/confluence/core/ContentPermissionManager.html
 * : {@code void copyContentPermissions(ContentEntityObject from, ContentEntityObject to)}, "Copies all content
 * permissions from one content entity to another" (the AbstractPage variant is deprecated since 5.10.1).
 */
public interface ContentPermissionManager {

    void copyContentPermissions(ContentEntityObject from, ContentEntityObject to);
}
