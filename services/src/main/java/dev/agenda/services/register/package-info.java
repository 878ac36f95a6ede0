/**
 * The action register for the current viewer: {@link RegisterService} lists the actions of the pages a
 * {@link RegisterScope} names — only of pages the viewer may see — with their issues from the sync records and their
 * statuses from one batched Jira look-up, filtered as a {@link RegisterRequest} asks. The host finds the pages of a
 * scope through {@link PageScopes}, a port of its own (children or siblings of a page, a space, pages with a label;
 * the preview host's pages directory).
 *
 * <p>Built on core's register, the sync module's live statuses and the services' page and Jira ports; no host or
 * HTTP types.
 *
 * <p>Nullness: every type here is non-null unless marked {@code @Nullable} (JSpecify).
 */
@NullMarked
package dev.agenda.services.register;

import org.jspecify.annotations.NullMarked;
