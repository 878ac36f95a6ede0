package com.atlassian.confluence.core;

/**
 * Stand-in (compile only): the usual ways of saving, as static fields (getstatic). Checked against
 * https://docs.atlassian.com/ConfluenceServer/javadoc/9.0.3/com/atlassian/confluence/core/class-use/SaveContext.html
 * ({@code static final SaveContext DEFAULT}, {@code MINOR_EDIT}, among others).
 */
public class DefaultSaveContext implements SaveContext {

    public static final SaveContext DEFAULT = new DefaultSaveContext();
    public static final SaveContext MINOR_EDIT = new DefaultSaveContext();

    /** Only the stand-in's own contexts exist; the plugin never makes one. */
    private DefaultSaveContext() {}
}
