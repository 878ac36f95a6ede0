/**
 * A host's pages and viewers as the services need them, and {@link PageAccess}, the first step of every page service:
 * the id must be a number, the page must exist and be visible to the viewer (else "not found", the same either way,
 * so nothing reveals which pages exist), editable when the work changes something ({@link Need}), and readable as
 * storage format. The answer is the page, its {@link dev.agenda.core.page.MeetingPage} and its {@link Viewer}.
 *
 * <p>The host is reached only through the ports here: {@link HostPages} and {@link HostPage}, {@link PagePermissions}
 * and {@link CurrentViewer}, each implemented by the plugin over Confluence and by the preview host over its page
 * files and sessions.
 *
 * <p>Nullness: every type here is non-null unless marked {@code @Nullable} (JSpecify).
 */
@NullMarked
package dev.agenda.services.page;

import org.jspecify.annotations.NullMarked;
