package dev.agenda.jira;

import dev.agenda.core.tracker.Result;
import dev.agenda.core.tracker.ServerInfo;
import dev.agenda.jira.http.Subject;
import dev.agenda.jira.transport.JiraRequest;
import dev.agenda.jira.transport.JiraTransport;
import dev.agenda.jira.wire.JiraDialect;
import dev.agenda.jira.wire.JiraReader;

/**
 * Connects to a Jira whose kind is not known in advance: asks {@code /rest/api/2/serverInfo} (which Data Center,
 * Server and Cloud all answer, without credentials) for its {@code deploymentType}, and answers a client in the
 * matching dialect.
 */
public final class JiraConnector {

    /** Where every Jira answers with its kind and version. */
    static final String SERVER_INFO = "/rest/api/2/serverInfo";

    private JiraConnector() {}

    /** A connected client, or why Jira could not be identified (unreachable, not Jira, ...). */
    public record Connection(ServerInfo serverInfo, JiraRestIssueTracker tracker) {}

    /** A client for a Jira already identified (by an earlier {@link #connect}), without asking it again. */
    public static Connection connected(JiraTransport transport, JiraClientSettings settings, ServerInfo known) {
        return new Connection(known, new JiraRestIssueTracker(transport, JiraDialect.of(known.deployment()), settings));
    }

    public static Result<Connection> connect(JiraTransport transport, JiraClientSettings settings) {
        JiraCalls calls = JiraCalls.create(transport, JiraDialect.of(ServerInfo.Deployment.DATA_CENTER), settings);
        return calls.read(JiraRequest.get(SERVER_INFO), Subject.none(), JiraReader::serverInfo)
                .map(info -> new Connection(
                        info, new JiraRestIssueTracker(transport, JiraDialect.of(info.deployment()), settings)));
    }
}
