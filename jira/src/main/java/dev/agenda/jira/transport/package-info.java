/**
 * The bottom layer of the Jira client: the {@link JiraTransport} port, which sends one {@link JiraRequest} and answers
 * any HTTP {@link JiraResponse}, throwing {@link JiraTransportException} only when there was no answer. It neither
 * retries nor interprets statuses. {@link JdkHttpTransport} sends with {@code java.net.http} (timeouts, no redirects,
 * so credentials never reach another host); inside Confluence the plugin's application-link transport implements the
 * same port as the current user.
 *
 * <p>Credentials ({@link JiraCredentials}) live only here and are redacted in every {@code toString} and message.
 * The JDK alone: no Jackson, no core types, no Atlassian types.
 *
 * <p>Nullness: every type here is non-null unless marked {@code @Nullable} (JSpecify).
 */
@NullMarked
package dev.agenda.jira.transport;

import org.jspecify.annotations.NullMarked;
