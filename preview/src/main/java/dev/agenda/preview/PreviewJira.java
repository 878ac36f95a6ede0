package dev.agenda.preview;

import dev.agenda.core.tracker.IssueTracker;
import dev.agenda.core.tracker.Result;
import dev.agenda.core.tracker.TrackerError;
import dev.agenda.jira.JiraClientSettings;
import dev.agenda.jira.JiraConnector;
import dev.agenda.jira.transport.JiraTransport;
import dev.agenda.services.jira.JiraAccess;
import dev.agenda.services.jira.JiraSession;
import dev.agenda.services.jira.JiraSite;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * The preview host's Jira: one transport with the credentials the host was started with. The connection (which asks
 * Jira once what it is) is made on first use and kept. While Jira cannot be reached, a failed connection is answered
 * at once for {@link #RECONNECT_AFTER} before it is tried again — so a Jira that is down costs one slow attempt per
 * half minute, not one per page status call, and never ties up the host's request threads. Thread-safe; no lock is
 * held while Jira is asked.
 */
final class PreviewJira implements JiraAccess {

    /** How long a failed connection is answered as it is before Jira is asked again. */
    static final Duration RECONNECT_AFTER = Duration.ofSeconds(30);

    private final Optional<Link> link;
    private final JiraSite site;
    private final Object connecting = new Object();
    private volatile @Nullable Result<IssueTracker> connected; // null until Jira has been asked
    private volatile Instant triedAt = Instant.MIN;

    /** No Jira at all. */
    PreviewJira() {
        this.link = Optional.empty();
        this.site = JiraSite.none();
    }

    PreviewJira(JiraTransport transport, JiraSite site, JiraClientSettings settings) {
        this.link = Optional.of(new Link(transport, settings));
        this.site = site;
    }

    @Override
    public JiraSession open() {
        return JiraSession.of(tracker());
    }

    @Override
    public JiraSite site() {
        return site;
    }

    private Result<IssueTracker> tracker() {
        if (link.isEmpty()) {
            return Result.failed(TrackerError.of(
                    TrackerError.Kind.NOT_AUTHENTICATED,
                    "The preview host was started without a Jira (use --jira URL or --demo-jira)."));
        }
        Link jira = link.get();
        Result<IssueTracker> known = connected;
        if (known instanceof Result.Ok<IssueTracker> || (known != null && !retryDue(jira))) {
            return known;
        }
        synchronized (connecting) {
            // Only one thread asks Jira; the others get the last answer instead of waiting for this one.
            Result<IssueTracker> answered = connected;
            if (answered != null && !retryDue(jira)) {
                return answered;
            }
            triedAt = jira.settings().clock().instant();
        }
        Result<IssueTracker> answer = JiraConnector.connect(jira.transport(), jira.settings())
                .map(connection -> (IssueTracker) connection.tracker());
        connected = answer;
        return answer;
    }

    private boolean retryDue(Link jira) {
        return !jira.settings().clock().instant().isBefore(triedAt.plus(RECONNECT_AFTER));
    }

    /** The way to one Jira and how to talk to it. */
    private record Link(JiraTransport transport, JiraClientSettings settings) {}
}
