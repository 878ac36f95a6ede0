package com.atlassian.confluence.spaces;

/**
 * Stand-in (compile only): a space, which the plugin passes from SpaceManager to PageManager and whose key finds a
 * page by title. See
 * https://docs.atlassian.com/ConfluenceServer/javadoc/6.6.13/com/atlassian/confluence/spaces/SpaceManager.html; Checked against
 * https://docs.atlassian.com/ConfluenceServer/javadoc/7.20.0-m104/com/atlassian/confluence/spaces/Space.html
 * ({@code String getKey()}); the plugin never makes one.
 */
public class Space {

    /** Confluence makes its spaces; tests mock them. */
    Space() {}

    public String getKey() {
        throw new UnsupportedOperationException("compile-only stand-in");
    }
}
