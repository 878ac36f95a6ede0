package com.atlassian.confluence.core;

/**
 * Stand-in (compile only): how content is saved. Checked against
 * https://docs.atlassian.com/ConfluenceServer/javadoc/9.0.3/com/atlassian/confluence/core/class-use/SaveContext.html;
 * the plugin uses the constants of {@link DefaultSaveContext}.
 */
public interface SaveContext {}
