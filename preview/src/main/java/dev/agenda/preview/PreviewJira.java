package dev.agenda.preview;

import dev.agenda.confluence.jira.JiraAccess;
import dev.agenda.confluence.jira.JiraSession;
import dev.agenda.confluence.jira.JiraSite;
import dev.agenda.core.tracker.IssueTracker;
import dev.agenda.core.tracker.Result;
import dev.agenda.core.tracker.TrackerError;
import dev.agenda.jira.JiraClientSettings;
import dev.agenda.jira.JiraConnector;
import dev.agenda.jira.transport.JiraTransport;

import java.util.Optional;

/**
 * The preview host's Jira: one transport with the credentials the host was started with. The connection (which asks
 * Jira once what it is) is made on first use and kept; while Jira cannot be reached, each session says so and the
 * next one tries again — a host started while Jira is down starts working when Jira comes back. Thread-safe.
 */
final class PreviewJira implements JiraAccess {

    private final Optional<JiraTransport> transport;
    private final JiraSite site;
    private final JiraClientSettings settings;
    private Result<IssueTracker> connected;

    /** No Jira at all. */
    PreviewJira() {
        this.transport = Optional.empty();
        this.site = JiraSite.none();
        this.settings = null;
    }

    PreviewJira(JiraTransport transport, JiraSite site, JiraClientSettings settings) {
        this.transport = Optional.of(transport);
        this.site = site;
        this.settings = settings;
    }

    @Override
    public JiraSession open() {
        return JiraSession.of(tracker());
    }

    @Override
    public JiraSite site() {
        return site;
    }

    private synchronized Result<IssueTracker> tracker() {
        if (transport.isEmpty()) {
            return Result.failed(TrackerError.of(TrackerError.Kind.NOT_AUTHENTICATED,
                    "The preview host was started without a Jira (use --jira URL or --demo-jira)."));
        }
        if (connected == null || connected instanceof Result.Failed<IssueTracker>) {
            connected = JiraConnector.connect(transport.get(), settings).map(connection -> connection.tracker());
        }
        return connected;
    }
}
