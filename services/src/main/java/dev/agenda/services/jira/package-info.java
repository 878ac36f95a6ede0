/**
 * Jira as the services reach it: always as a viewer, never as the app. {@link JiraAccess} is the port that opens the
 * current viewer's {@link JiraSession} (the tracker, or why there is none, and afterwards any consent the application
 * link asked for); {@link ViewerJiraAccess} runs work as a named viewer when no request of theirs is running (the
 * background and scheduled refreshes); {@link JiraSite} is what a page says about its Jira without asking it.
 *
 * <p>Ports and values only: implemented by the plugin (the application link as the user) and the preview host (each
 * person's token); depends on core's {@code tracker} alone.
 *
 * <p>Nullness: every type here is non-null unless marked {@code @Nullable} (JSpecify).
 */
@NullMarked
package dev.agenda.services.jira;

import org.jspecify.annotations.NullMarked;
