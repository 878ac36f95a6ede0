/**
 * Syncing a page with Jira on behalf of the current viewer: {@link PageSyncService} does everything the sync REST
 * resource does, testable without a server. It opens the page for editing, then runs the sync engine
 * ({@link dev.agenda.sync.ActionSync}) as the viewer through their Jira session, under the page's lock, with the
 * viewer carried to the worker threads; it refuses with {@code NEEDS_AUTHORISATION} when the application link needs
 * the viewer's consent. {@link SyncProgressBoard} holds the running syncs' progress on this node, and
 * {@link SyncDefaults} is the port for the administrator's settings.
 *
 * <p>No host types: the host's state store, lock and worker context arrive as core's ports.
 *
 * <p>Nullness: every type here is non-null unless marked {@code @Nullable} (JSpecify).
 */
@NullMarked
package dev.agenda.services.sync;

import org.jspecify.annotations.NullMarked;
