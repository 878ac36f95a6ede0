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

    /**
     * Asks Jira what it is, within one request's patience, and answers a client whose requests each have that
     * patience (a host's look-ups; a sync makes a run of it). The client shares the question's rate-limit gate.
     */
    public static Result<Connection> connect(JiraTransport transport, JiraClientSettings settings) {
        return connect(JiraCalls.create(transport, JiraDialect.of(ServerInfo.Deployment.DATA_CENTER), settings));
    }

    /**
     * Starts a run now and connects within it: asking Jira what it is already draws on the run's patience, which the
     * answered client's requests then share ({@link JiraRestIssueTracker#forRun()} answers the client itself). For work
     * that is one run from start to end, such as a command line's.
     */
    public static Result<Connection> startRun(JiraTransport transport, JiraClientSettings settings) {
        return connect(JiraCalls.create(transport, JiraDialect.of(ServerInfo.Deployment.DATA_CENTER), settings)
                .forRun());
    }

    private static Result<Connection> connect(JiraCalls calls) {
        return calls.read(JiraRequest.get(SERVER_INFO), Subject.none(), JiraReader::serverInfo)
                .map(info -> new Connection(
                        info, new JiraRestIssueTracker(calls.inDialect(JiraDialect.of(info.deployment())))));
    }
}
