/**
 * Confluence as the host of core and the page services: the adapters of their ports onto Confluence's own managers.
 * {@link ConfluencePages} gives the services pages and permissions ({@code PageManager}, {@code PermissionManager});
 * {@link ConfluenceUsers} is the current viewer ({@code AuthenticatedUserThreadLocal}) and runs work as a user;
 * {@link ConfluenceWorkerContext} carries that viewer to the sync's worker threads, since the application link sends
 * each request as the thread's user; {@link ConfluenceUserDirectory} resolves people through {@code UserAccessor}; and
 * {@link ConfluenceHostContentRenderer} lets Confluence render, in the macro's conversion context, what the app does
 * not render itself. {@link ConfluencePageScopes} finds the pages of the action register's scopes (children, siblings,
 * a space, a label) with {@code PageManager}, {@code SpaceManager} and {@code LabelManager}.
 * {@link ConfluencePageCreation} makes the next meeting's page as a sibling with the same parent and
 * restrictions ({@code PageManager}, {@code ContentPermissionManager}).
 *
 * <p>Adapters only: what the app does is decided in core and the services, never here.
 *
 * <p>Nullness: every type here is non-null unless marked {@code @Nullable} (JSpecify).
 */
@NullMarked
package dev.agenda.confluence.host;

import org.jspecify.annotations.NullMarked;
