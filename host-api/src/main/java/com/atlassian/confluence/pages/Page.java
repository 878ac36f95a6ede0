package com.atlassian.confluence.pages;

import java.util.List;

/**
 * Stand-in (compile only), declaring only the members the plugin calls: a page's children and its parent (null for a
 * page at the top of its space), and what the plugin needs to make the next meeting's page. Checked against
 * https://docs.atlassian.com/ConfluenceServer/javadoc/8.8.0/com/atlassian/confluence/pages/Page.html
 * ({@code public class Page extends AbstractPage implements Hierarchical<Page>}, whose getChildren() is
 * {@code List<Page>} and getParent() {@code Page}; a public no-argument constructor, {@code void addChild(Page)} and
 * {@code void setParentPage(Page)}).
 */
public class Page extends AbstractPage {

    public Page() {}

    public List<Page> getChildren() {
        throw new UnsupportedOperationException("compile-only stand-in");
    }

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
