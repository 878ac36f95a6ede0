package dev.agenda.jira.transport;

/**
 * Port: how requests reach Jira. {@link JdkHttpTransport} sends them with {@code java.net.http} and credentials from
 * the configuration; inside Confluence an application-link transport sends them as the current user. A transport
 * does not retry and does not interpret statuses; it answers every HTTP response it gets, errors included, and throws
 * only when there was no response. Implementations are thread-safe.
 */
public interface JiraTransport {

    JiraResponse execute(JiraRequest request) throws JiraTransportException;

    /** Where requests go, for messages ("Jira at https://jira.example.org is unreachable"). */
    String describe();
}
