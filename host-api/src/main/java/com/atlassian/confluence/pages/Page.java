package com.atlassian.confluence.pages;

import java.util.List;

/**
 * Stand-in (compile only), declaring only the members the plugin calls: a page's children and its parent (null for a
 * page at the top of its space). Checked against
 * https://docs.atlassian.com/ConfluenceServer/javadoc/8.8.0/com/atlassian/confluence/pages/Page.html
 * ({@code public class Page extends AbstractPage implements Hierarchical<Page>}, whose getChildren() is
 * {@code List<Page>} and getParent() {@code Page}).
 */
public class Page extends AbstractPage {

    /** Confluence makes its pages; the plugin only reads them (tests mock them). */
    private Page() {}

    public List<Page> getChildren() {
        throw new UnsupportedOperationException("compile-only stand-in");
    }

    public Page getParent() {
        throw new UnsupportedOperationException("compile-only stand-in");
    }
}
