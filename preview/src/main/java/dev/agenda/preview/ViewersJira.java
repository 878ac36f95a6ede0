package dev.agenda.preview;

import dev.agenda.core.tracker.Result;
import dev.agenda.core.tracker.TrackerError;
import dev.agenda.services.jira.JiraAccess;
import dev.agenda.services.jira.JiraSession;
import dev.agenda.services.jira.JiraSite;
import dev.agenda.services.jira.ViewerJiraAccess;
import dev.agenda.services.page.Viewer;
import java.util.Map;
import java.util.function.Function;

/**
 * The preview host's Jira as each of its users: every user has their own {@link PreviewJira}, holding their own
 * credentials and connection, so Jira answers each user with what that user may see — the preview's counterpart of
 * Confluence's application link acting as the viewer. {@link #open()} is the current thread's user; a thread nobody
 * runs as gets a session that says so and reaches no Jira. {@link #asViewer} runs its work as the viewer, as
 * Confluence's counterpart does, because each user's requests go only from threads running as that user
 * ({@link ViewerBoundTransport}). Thread-safe.
 */
final class ViewersJira implements JiraAccess, ViewerJiraAccess {

    private final Map<String, PreviewJira> byUserKey;
    private final Map<String, Viewer> usersByKey;
    private final SignedInUser currentUser;
    private final JiraSite site;

    /**
     * @param byUserKey  each user's Jira, by {@link Viewer#key() viewer key}
     * @param usersByKey the users, by the same keys
     * @param site       the Jira they all reach
     */
    ViewersJira(
            Map<String, PreviewJira> byUserKey,
            Map<String, Viewer> usersByKey,
            SignedInUser currentUser,
            JiraSite site) {
        this.byUserKey = Map.copyOf(byUserKey);
        this.usersByKey = Map.copyOf(usersByKey);
        this.currentUser = currentUser;
        this.site = site;
    }

    @Override
    public JiraSession open() {
        return currentUser.get().map(viewer -> sessionOf(viewer.key())).orElseGet(ViewersJira::signedOut);
    }

    @Override
    public JiraSite site() {
        return site;
    }

    @Override
    public <T> T asViewer(String viewerKey, Function<JiraSession, T> work) {
        Viewer viewer = viewerKey == null ? null : usersByKey.get(viewerKey);
        if (viewer == null) {
            return work.apply(signedOut());
        }
        return currentUser.runAs(viewer, () -> work.apply(sessionOf(viewerKey)));
    }

    /** The session of the user with this key; {@link #signedOut()} when the host has no such user. */
    private JiraSession sessionOf(String userKey) {
        PreviewJira jira = byUserKey.get(userKey);
        return jira == null ? signedOut() : jira.open();
    }

    /** The session of nobody: it reaches no Jira and says to sign in. */
    private static JiraSession signedOut() {
        return JiraSession.of(Result.failed(
                TrackerError.of(TrackerError.Kind.NOT_AUTHENTICATED, "Sign in to the preview host to see Jira.")));
    }
}
