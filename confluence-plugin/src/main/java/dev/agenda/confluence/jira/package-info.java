/**
 * Jira reached from inside Confluence, always as the current user through the primary Jira application link.
 * {@link ApplicationLinkJiraTransport} implements the Jira client's {@link dev.agenda.jira.transport.JiraTransport}
 * port over the link's request factory, turning a link that needs the user's consent into a 401 and remembering
 * where to give it; {@link ApplicationLinkJiraAccess} implements the services'
 * {@link dev.agenda.services.jira.JiraAccess}, asking Jira its kind (Data Center or Cloud) once in a while and
 * building the REST client on that transport; {@link ConfluenceViewerJiraAccess} implements
 * {@link dev.agenda.services.jira.ViewerJiraAccess}, the same as a named user on a background thread.
 *
 * <p>The one place application links and SAL's request types meet the Jira client; no credentials are held here.
 *
 * <p>Nullness: every type here is non-null unless marked {@code @Nullable} (JSpecify).
 */
@NullMarked
package dev.agenda.confluence.jira;

import org.jspecify.annotations.NullMarked;
