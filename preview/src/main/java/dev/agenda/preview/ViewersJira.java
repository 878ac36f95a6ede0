package dev.agenda.preview;

import dev.agenda.confluence.host.CurrentUser;
import dev.agenda.confluence.jira.JiraAccess;
import dev.agenda.confluence.jira.JiraSession;
import dev.agenda.confluence.jira.JiraSite;
import dev.agenda.confluence.status.ViewerJiraAccess;
import dev.agenda.core.tracker.Result;
import dev.agenda.core.tracker.TrackerError;

import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * The preview host's Jira as each of its users: every user has their own {@link PreviewJira}, holding their own
 * credentials and connection, so Jira answers each user with what that user may see — the preview's counterpart of
 * Confluence's application link acting as the viewer. {@link #open()} is the current request's user; a request nobody
 * is signed in to gets a session that says so and reaches no Jira. Thread-safe.
 */
final class ViewersJira implements JiraAccess, ViewerJiraAccess {

    private final Map<String, PreviewJira> byUserKey;
    private final CurrentUser currentUser;
    private final JiraSite site;

    /**
     * @param byUserKey each user's Jira, by {@link PreviewUser#getKey() user key}
     * @param site      the Jira they all reach
     */
    ViewersJira(Map<String, PreviewJira> byUserKey, CurrentUser currentUser, JiraSite site) {
        this.byUserKey = Map.copyOf(byUserKey);
        this.currentUser = currentUser;
        this.site = site;
    }

    @Override
    public JiraSession open() {
        return sessionOf(Optional.ofNullable(currentUser.get()).map(user -> user.getKey().getStringValue()));
    }

    @Override
    public JiraSite site() {
        return site;
    }

    @Override
    public <T> T asViewer(String viewerKey, Function<JiraSession, T> work) {
        return work.apply(sessionOf(Optional.ofNullable(viewerKey)));
    }

    private JiraSession sessionOf(Optional<String> userKey) {
        return userKey.map(byUserKey::get).map(PreviewJira::open)
                .orElseGet(() -> JiraSession.of(Result.failed(TrackerError.of(TrackerError.Kind.NOT_AUTHENTICATED,
                        "Sign in to the preview host to see Jira."))));
    }
}
