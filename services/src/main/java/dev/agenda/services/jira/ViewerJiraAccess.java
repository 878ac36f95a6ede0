package dev.agenda.services.jira;

import java.util.function.Function;

/**
 * Port: does some work with Jira as a given viewer when no request of theirs is running (a background or scheduled
 * refresh), on the calling thread and as that viewer there, so what Jira answers is what that viewer may see.
 * Implementations are thread-safe.
 */
@FunctionalInterface
public interface ViewerJiraAccess {

    /**
     * Runs {@code work} with the session of the viewer whose {@link dev.agenda.services.page.Viewer#key() key} this is.
     */
    <T> T asViewer(String viewerKey, Function<JiraSession, T> work);
}
