package com.atlassian.confluence.spaces;

/**
 * Stand-in (compile only): a space, which the plugin only passes from SpaceManager to PageManager. See
 * https://docs.atlassian.com/ConfluenceServer/javadoc/6.6.13/com/atlassian/confluence/spaces/SpaceManager.html.
 */
public class Space {

    /** Confluence makes its spaces (tests mock them). */
    private Space() {}
}
