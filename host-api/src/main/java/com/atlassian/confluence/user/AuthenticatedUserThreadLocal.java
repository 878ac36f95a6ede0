package com.atlassian.confluence.user;

import java.util.concurrent.Callable;

/**
 * Stand-in (compile only): the user the current thread runs as, null when anonymous. Signatures transcribed from
 * https://docs.atlassian.com/ConfluenceServer/javadoc/9.0.3/com/atlassian/confluence/user/AuthenticatedUserThreadLocal.html
 * (the class is listed in the 10.1.2 package summary; its 10.x member page was not reachable): {@code static
 * ConfluenceUser get()}, {@code static void set(ConfluenceUser)}, {@code static void reset()} and
 * {@code static <T> T asUser(ConfluenceUser, Callable<T>) throws Exception}, which runs the task as the user and puts
 * the previous user back after.
 *
 * <p>Unlike the other stand-ins this one behaves — one user per thread, as documented — because the plugin's tests
 * must hold it to that contract: Confluence's application link reads this user on whichever thread sends a request.
 * Never packaged: inside Confluence, Confluence's own class answers.
 */
public class AuthenticatedUserThreadLocal {

    private static final ThreadLocal<ConfluenceUser> USER = new ThreadLocal<>();

    private AuthenticatedUserThreadLocal() {}

    public static ConfluenceUser get() {
        return USER.get();
    }

    public static void set(ConfluenceUser user) {
        USER.set(user);
    }

    public static void reset() {
        USER.remove();
    }

    public static <T> T asUser(ConfluenceUser user, Callable<T> callback) throws Exception {
        ConfluenceUser previous = USER.get();
        USER.set(user);
        try {
            return callback.call();
        } finally {
            USER.set(previous);
        }
    }
}
