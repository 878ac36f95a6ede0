package dev.agenda.preview;

import dev.agenda.confluence.jira.JiraAccess;
import dev.agenda.confluence.jira.JiraSession;
import dev.agenda.confluence.status.ViewerJiraAccess;

import java.util.function.Function;

/** The preview host has one user, so working "as a viewer" is working with its one Jira session. */
final class SingleViewerJiraAccess implements ViewerJiraAccess {

    private final JiraAccess jira;

    SingleViewerJiraAccess(JiraAccess jira) {
        this.jira = jira;
    }

    @Override
    public <T> T asViewer(String viewerKey, Function<JiraSession, T> work) {
        return work.apply(jira.open());
    }
}
