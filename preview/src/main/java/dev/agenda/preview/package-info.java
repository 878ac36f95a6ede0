/**
 * The preview host behind {@code bin/agenda serve}: the Confluence plugin's own macro and REST resources, run outside
 * Confluence on Jersey and Grizzly, going through Confluence's mechanisms where the plugin depends on them (REST
 * resources found from the plugin's descriptor and built by HK2, REST v2's access rules, the viewer on every thread).
 * {@link PreviewHost}, started from {@link PreviewSettings}, wires it with stand-ins for Confluence: pages from files
 * ({@link PageFiles}), one user or several who sign in ({@link Viewers}), each reaching Jira with their own
 * credentials through a transport that, like OAuth 3LO, refuses a thread not running as them; state and locks are
 * the {@code jdbc} module's, and Jira is none, the demo fake, or a real one ({@link JiraChoice}). The register's
 * scope is the pages directory ({@link PreviewPageScopes}); the Actions page ({@link PreviewActionsResource}) runs the
 * plugin's {@code agenda-actions} macro under a filter form.
 *
 * <p>It adapts the services' ports as the plugin's adapters do for Confluence and adds nothing to what the app does:
 * what the plugin does here is what it does inside Confluence.
 *
 * <p>Nullness: every type here is non-null unless marked {@code @Nullable} (JSpecify).
 */
@NullMarked
package dev.agenda.preview;

import org.jspecify.annotations.NullMarked;
