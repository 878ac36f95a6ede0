package com.atlassian.confluence.core;

/**
 * Stand-in (compile only) for the base class of pages, blog posts and comments. Real hierarchy:
 * ConfluenceEntityObject &lt; … &lt; ContentEntityObject &lt; SpaceContentEntityObject &lt; AbstractPage; calls link
 * through the real hierarchy. Checked against
 * https://docs.atlassian.com/ConfluenceServer/javadoc/10.1.1/com/atlassian/confluence/core/class-use/AbstractVersionedEntityObject.html
 * and https://docs.atlassian.com/atlassian-confluence/5.0.3/com/atlassian/confluence/pages/AbstractPage.html:
 * getId() returns primitive long; getTitle() and getBodyAsString() return String. getUrlPath() (the
 * path below the base URL) comes from the Addressable interface it implements, checked against
 * https://docs.atlassian.com/ConfluenceServer/javadoc/8.0.0-m90/com/atlassian/confluence/core/Addressable.html.
 */
public abstract class ContentEntityObject {

    public long getId() {
        throw new UnsupportedOperationException("compile-only stand-in");
    }

    public String getTitle() {
        throw new UnsupportedOperationException("compile-only stand-in");
    }

    public String getBodyAsString() {
        throw new UnsupportedOperationException("compile-only stand-in");
    }

    public String getUrlPath() {
        throw new UnsupportedOperationException("compile-only stand-in");
    }

    /** The title of content the plugin makes (the next meeting's page). */
    public void setTitle(String title) {
        throw new UnsupportedOperationException("compile-only stand-in");
    }

    /** The body, in storage format, of content the plugin makes or adds a link to. */
    public void setBodyAsString(String content) {
        throw new UnsupportedOperationException("compile-only stand-in");
    }
}
