package com.atlassian.confluence.user;

/**
 * Stand-in (compile only): the user of the current request, null when anonymous. get() returns ConfluenceUser
 * (since 5.2). Checked against Confluence's own source as published in decompiled form (see
 * docs/DESIGN.md, "Host API stand-ins"); older javadoc, e.g.
 * https://docs.atlassian.com/atlassian-confluence/5.7.4/com/atlassian/confluence/user/AuthenticatedUserThreadLocal.html,
 * lists the same method. set(ConfluenceUser) (null: anonymous) was checked against the same decompiled
 * source; the plugin uses them to act as a page's viewer in a scheduled job, restoring the previous user after.
 */
public class AuthenticatedUserThreadLocal {

    public static ConfluenceUser get() {
        throw new UnsupportedOperationException("compile-only stand-in");
    }

    public static void set(ConfluenceUser user) {
        throw new UnsupportedOperationException("compile-only stand-in");
    }
}
