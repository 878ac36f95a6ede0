package com.atlassian.confluence.security;

/**
 * Stand-in (compile only). An abstract class with static fields, not an enum, so references compile to getstatic.
 * Checked against https://docs.atlassian.com/ConfluenceServer/javadoc/8.2.0-m27/com/atlassian/confluence/security/Permission.html.
 */
public abstract class Permission {

    public static final Permission VIEW = new Named("VIEW");
    public static final Permission EDIT = new Named("EDIT");

    /** Only the stand-in's own permissions exist; the plugin never makes one. */
    private Permission() {}

    /** Lets tests tell the stand-in's permissions apart; Confluence has its own subclasses. */
    private static final class Named extends Permission {
        private final String name;

        Named(String name) {
            this.name = name;
        }

        @Override
        public String toString() {
            return name;
        }
    }
}
