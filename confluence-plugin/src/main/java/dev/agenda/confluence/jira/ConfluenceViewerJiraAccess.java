package dev.agenda.confluence.jira;

import com.atlassian.confluence.user.ConfluenceUser;
import com.atlassian.confluence.user.UserAccessor;
import com.atlassian.sal.api.user.UserKey;
import dev.agenda.confluence.host.ConfluenceUsers;
import dev.agenda.core.tracker.Result;
import dev.agenda.core.tracker.TrackerError;
import dev.agenda.services.jira.JiraAccess;
import dev.agenda.services.jira.JiraSession;
import dev.agenda.services.jira.ViewerJiraAccess;
import java.util.function.Function;

/**
 * Acts as a viewer by making them the thread's user for the length of the work (the application link authenticates
 * requests as that user, with the consent they gave before), and puts back whoever was there after. A user who no
 * longer exists gets a session without a tracker.
 */
public final class ConfluenceViewerJiraAccess implements ViewerJiraAccess {

    private final UserAccessor users;
    private final JiraAccess jira;
    private final ConfluenceUsers currentUser;

    public ConfluenceViewerJiraAccess(UserAccessor users, JiraAccess jira, ConfluenceUsers currentUser) {
        this.users = users;
        this.jira = jira;
        this.currentUser = currentUser;
    }

    @Override
    public <T> T asViewer(String viewerKey, Function<JiraSession, T> work) {
        ConfluenceUser viewer = users.getUserByKey(new UserKey(viewerKey));
        if (viewer == null) {
            return work.apply(JiraSession.of(Result.failed(TrackerError.of(
                    TrackerError.Kind.NOT_AUTHENTICATED, "The Confluence user " + viewerKey + " no longer exists."))));
        }
        return currentUser.runAs(viewer, () -> work.apply(jira.open()));
    }
}
