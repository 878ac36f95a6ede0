package com.atlassian.confluence.pages;

import com.atlassian.confluence.core.ContentEntityObject;

/**
 * Stand-in (compile only): the parent of Page and BlogPost. See
 * https://docs.atlassian.com/atlassian-confluence/5.0.3/com/atlassian/confluence/pages/AbstractPage.html and
 * the 10.1.1 class-use page cited on {@link ContentEntityObject}.
 */
public abstract class AbstractPage extends ContentEntityObject {

    /** Confluence makes its pages; the plugin only reads them (tests mock them). Package-private for Page. */
    AbstractPage() {}
}
