package dev.agenda.services.jira;

/**
 * Port: opens the current viewer's session with Jira. Inside Confluence it goes through the primary Jira application
 * link as that user; the preview host uses each person's own token; tests give a session over the fake Jira.
 * Implementations are thread-safe; a session belongs to the thread (and viewer) that opened it.
 */
public interface JiraAccess {

    /** The current user's session; never null — a session without a tracker says why. */
    JiraSession open();

    /** The Jira the sessions go to, as far as it is known without asking it. */
    JiraSite site();

    /** Access that opens sessions with {@code sessions}, to the Jira {@code site} describes. */
    static JiraAccess over(java.util.function.Supplier<JiraSession> sessions, JiraSite site) {
        return new JiraAccess() {
            @Override
            public JiraSession open() {
                return sessions.get();
            }

            @Override
            public JiraSite site() {
                return site;
            }
        };
    }
}
