package com.atlassian.confluence.pages;

import com.atlassian.confluence.core.ContentEntityObject;

/**
 * Stand-in (compile only): the parent of Page and BlogPost. See
 * https://docs.atlassian.com/atlassian-confluence/5.0.3/com/atlassian/confluence/pages/AbstractPage.html and
 * the 10.1.1 class-use page cited on {@link ContentEntityObject}.
 */
public abstract class AbstractPage extends ContentEntityObject {

    /** Pages and blog posts only; the plugin makes a {@link Page} for the next meeting (tests mock the rest). */
    AbstractPage() {}

    /**
     * In Confluence declared by SpaceContentEntityObject, between ContentEntityObject and AbstractPage (5.4.1 Page
     * javadoc's hierarchy), so a call on AbstractPage links through the real hierarchy.
     */
    public com.atlassian.confluence.spaces.Space getSpace() {
        throw new UnsupportedOperationException("compile-only stand-in");
    }

    /** See {@link #getSpace()}: SpaceContentEntityObject's. */
    public void setSpace(com.atlassian.confluence.spaces.Space space) {
        throw new UnsupportedOperationException("compile-only stand-in");
    }
}
