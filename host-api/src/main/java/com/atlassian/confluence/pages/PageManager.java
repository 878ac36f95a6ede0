package com.atlassian.confluence.pages;

/**
 * Stand-in (compile only), declaring only the member the plugin calls. getAbstractPage(long) returns AbstractPage
 * (a Page or a BlogPost) or null. Checked against
 * https://docs.atlassian.com/atlassian-confluence/3.4.9/com/atlassian/confluence/pages/PageManager.html and recent
 * Confluence sources, where it is still present though marked deprecated; its presence in 10.2 is not verified
 * here (see README, "What was not verified").
 */
public interface PageManager {

    AbstractPage getAbstractPage(long id);

    /** The page with this title in the space, or null (titles are unique in a space). */
    Page getPage(String spaceKey, String pageTitle);

    /** Declared by ContentEntityManager, which PageManager extends; saves new content or a changed page. */
    void saveContentEntity(
            com.atlassian.confluence.core.ContentEntityObject obj,
            com.atlassian.confluence.core.SaveContext saveContext);
}
