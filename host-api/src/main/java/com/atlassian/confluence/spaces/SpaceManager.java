package com.atlassian.confluence.spaces;

/**
 * Stand-in (compile only), declaring only the member the plugin calls: getSpace(String) answers the space with that
 * key, or null. Checked against
 * https://docs.atlassian.com/ConfluenceServer/javadoc/6.6.13/com/atlassian/confluence/spaces/SpaceManager.html.
 */
public interface SpaceManager {

    Space getSpace(String spaceKey);
}
