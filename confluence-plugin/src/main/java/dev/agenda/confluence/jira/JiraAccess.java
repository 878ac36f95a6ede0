package dev.agenda.confluence.jira;

/**
 * Port: opens the current user's session with Jira. Inside Confluence it goes through the primary Jira application
 * link ({@link ApplicationLinkJiraAccess}); tests give a session over the fake Jira. Implementations are thread-safe;
 * a session belongs to the thread (and user) that opened it.
 */
@FunctionalInterface
public interface JiraAccess {

    /** The current user's session; never null — a session without a tracker says why. */
    JiraSession open();
}
