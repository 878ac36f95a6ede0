package dev.agenda.preview;

import dev.agenda.jira.transport.JiraRequest;
import dev.agenda.jira.transport.JiraResponse;
import dev.agenda.jira.transport.JiraTransport;
import dev.agenda.jira.transport.JiraTransportException;
import dev.agenda.services.page.CurrentViewer;
import dev.agenda.services.page.Viewer;
import java.util.Optional;

/**
 * One user's way to Jira that, like Confluence's application link with OAuth (3LO), sends a request only from a
 * thread running as that user: 3LO reads the user of the sending thread and fails on a thread without one. So work
 * the plugin hands to other threads without carrying the viewer fails in the preview as it would in Confluence,
 * instead of quietly using credentials the thread has no claim to. Thread-safe.
 */
final class ViewerBoundTransport implements JiraTransport {

    private final String username;
    private final JiraTransport transport;
    private final CurrentViewer currentUser;

    ViewerBoundTransport(String username, JiraTransport transport, CurrentViewer currentUser) {
        this.username = username;
        this.transport = transport;
        this.currentUser = currentUser;
    }

    /**
     * @throws IllegalStateException when the thread does not run as this transport's user — a defect in how the work
     *                               reached this thread, as Confluence's link would fail on it too
     */
    @Override
    public JiraResponse execute(JiraRequest request) throws JiraTransportException {
        Optional<Viewer> sender = currentUser.get();
        if (sender.isEmpty() || !username.equals(sender.get().name())) {
            throw new IllegalStateException("A Jira request of " + username + " was sent from a thread running as "
                    + sender.map(Viewer::name).orElse("nobody") + "; as with Confluence's application link, a"
                    + " request goes as the user of the thread that sends it.");
        }
        return transport.execute(request);
    }

    @Override
    public String describe() {
        return transport.describe();
    }
}
