package com.atlassian.confluence.pages;

import com.atlassian.confluence.spaces.Space;
import java.util.List;

/**
 * Stand-in (compile only), declaring only the member the plugin calls. getAbstractPage(long) returns AbstractPage
 * (a Page or a BlogPost) or null. Checked against
 * https://docs.atlassian.com/atlassian-confluence/3.4.9/com/atlassian/confluence/pages/PageManager.html and recent
 * Confluence sources, where it is still present though marked deprecated; its presence in 10.2 is not verified
 * here (see README, "What was not verified").
 */
public interface PageManager {

    AbstractPage getAbstractPage(long id);

    /**
     * The space's pages, only their current versions when {@code currentOnly}: checked against
     * https://docs.atlassian.com/atlassian-confluence/5.7.5/com/atlassian/confluence/pages/PageManager.html.
     */
    List<Page> getPages(Space space, boolean currentOnly);

    /** The page with this title in the space, or null (titles are unique in a space). */
    Page getPage(String spaceKey, String pageTitle);

    /** Declared by ContentEntityManager, which PageManager extends; saves new content or a changed page. */
    void saveContentEntity(
            com.atlassian.confluence.core.ContentEntityObject obj,
            com.atlassian.confluence.core.SaveContext saveContext);
}
