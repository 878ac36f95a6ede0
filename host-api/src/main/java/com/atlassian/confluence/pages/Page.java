package com.atlassian.confluence.pages;

/**
 * Stand-in (compile only): a page, as the plugin makes one for the next meeting. Checked against
 * https://docs.atlassian.com/ConfluenceServer/javadoc/8.8.0/com/atlassian/confluence/pages/Page.html: a public
 * no-argument constructor, {@code void addChild(Page)}, {@code Page getParent()} and {@code void setParentPage(Page)}.
 */
public class Page extends AbstractPage {

    public Page() {}

    public Page getParent() {
        throw new UnsupportedOperationException("compile-only stand-in");
    }

    public void setParentPage(Page parent) {
        throw new UnsupportedOperationException("compile-only stand-in");
    }

    public void addChild(Page child) {
        throw new UnsupportedOperationException("compile-only stand-in");
    }
}
