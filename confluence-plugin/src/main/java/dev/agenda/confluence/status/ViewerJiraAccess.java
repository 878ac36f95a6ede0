package dev.agenda.confluence.status;

import dev.agenda.confluence.jira.JiraSession;
import java.util.function.Function;

/**
 * Port: does some work with Jira as a given Confluence user when no request of theirs is running (in a scheduled job),
 * so what Jira answers is what that user may see. Implementations are thread-safe.
 */
@FunctionalInterface
public interface ViewerJiraAccess {

    /** Runs {@code work} with the session of the user whose user key is {@code viewerKey}. */
    <T> T asViewer(String viewerKey, Function<JiraSession, T> work);
}
