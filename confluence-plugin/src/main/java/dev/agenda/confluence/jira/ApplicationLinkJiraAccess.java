package dev.agenda.confluence.jira;

import com.atlassian.applinks.api.ApplicationLink;
import com.atlassian.applinks.api.ApplicationLinkService;
import com.atlassian.applinks.api.application.jira.JiraApplicationType;
import dev.agenda.confluence.i18n.PluginMessages;
import dev.agenda.core.tracker.IssueTracker;
import dev.agenda.core.tracker.Result;
import dev.agenda.core.tracker.ServerInfo;
import dev.agenda.core.tracker.TrackerError;
import dev.agenda.jira.JiraClientSettings;
import dev.agenda.jira.JiraConnector;
import dev.agenda.jira.ScheduledPause;
import dev.agenda.jira.http.RetryPolicy;
import dev.agenda.services.jira.JiraAccess;
import dev.agenda.services.jira.JiraSession;
import dev.agenda.services.jira.JiraSite;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.Random;
import org.jspecify.annotations.Nullable;

/**
 * The current user's Jira: the primary Jira application link, as that user. The deployment (Data Center or Cloud) is
 * asked of Jira itself when the session opens. Without a Jira link the session has no tracker and a NOT_AUTHENTICATED
 * error that says so, because nothing the user can do in Jira will help — an administrator has to link it.
 */
public final class ApplicationLinkJiraAccess implements JiraAccess {

    /** How long Jira's kind (Data Center or Cloud) is remembered before it is asked again. */
    static final Duration IDENTITY_KEPT = Duration.ofMinutes(10);

    private final ApplicationLinkService links;
    private final PluginMessages messages;
    private final JiraClientSettings settings;
    private volatile @Nullable Identified identified; // null until Jira has been asked once

    public ApplicationLinkJiraAccess(ApplicationLinkService links, PluginMessages messages, Clock clock) {
        this.links = links;
        this.messages = messages;
        // java.util.Random: shared by the sync's threads, and found without the thread's context class loader.
        this.settings = new JiraClientSettings(RetryPolicy.defaults(), clock, new ScheduledPause(), new Random());
    }

    @Override
    public JiraSession open() {
        ApplicationLink link = links.getPrimaryApplicationLink(JiraApplicationType.class);
        if (link == null) {
            return JiraSession.of(Result.failed(TrackerError.of(
                    TrackerError.Kind.NOT_AUTHENTICATED,
                    messages.text("dev.agenda.agenda-confluence-plugin.jira.no-link"))));
        }
        String where = "Jira at "
                + Optional.ofNullable(link.getDisplayUrl())
                        .map(Object::toString)
                        .orElse("the primary application link");
        ApplicationLinkJiraTransport transport =
                new ApplicationLinkJiraTransport(link.createAuthenticatedRequestFactory(), where);
        return JiraSession.of(tracker(transport, where), transport::authorisationUri);
    }

    /**
     * The tracker: Jira's kind is asked once and remembered for {@link #IDENTITY_KEPT} (per link address), so a status
     * call costs only its searches, not a {@code serverInfo} round trip too.
     */
    private Result<IssueTracker> tracker(ApplicationLinkJiraTransport transport, String where) {
        Identified known = identified;
        Instant now = settings.clock().instant();
        if (known != null
                && known.where().equals(where)
                && now.isBefore(known.at().plus(IDENTITY_KEPT))) {
            return Result.ok(
                    JiraConnector.connected(transport, settings, known.info()).tracker());
        }
        Result<JiraConnector.Connection> connection = JiraConnector.connect(transport, settings);
        if (connection instanceof Result.Ok<JiraConnector.Connection> ok) {
            identified = new Identified(where, ok.value().serverInfo(), now);
        }
        return connection.map(connected -> (IssueTracker) connected.tracker());
    }

    /** What the linked Jira said it is, and when. */
    private record Identified(String where, ServerInfo info, Instant at) {}

    @Override
    public JiraSite site() {
        ApplicationLink link = links.getPrimaryApplicationLink(JiraApplicationType.class);
        if (link == null) {
            return JiraSite.none();
        }
        return new JiraSite(true, "", Optional.ofNullable(link.getDisplayUrl()).map(Object::toString));
    }
}
