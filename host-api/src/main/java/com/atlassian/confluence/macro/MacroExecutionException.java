package com.atlassian.confluence.macro;

/**
 * Stand-in (compile only). Checked against
 * https://docs.atlassian.com/ConfluenceServer/javadoc/8.5.7/com/atlassian/confluence/macro/MacroExecutionException.html:
 * a checked exception extending Exception with the four usual constructors.
 */
public class MacroExecutionException extends Exception {

    /** The plugin declares this exception but never throws one of its own. */
    private MacroExecutionException() {}
}
