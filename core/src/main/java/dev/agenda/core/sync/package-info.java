/**
 * The ports of action sync, kept in core so that adapters (the {@code jdbc} module, the plugin's content properties
 * and cluster lock) implement them without depending on the sync engine in {@code dev.agenda.sync}.
 * {@link SyncStateStore} keeps one {@link SyncRecord} per action (the issue that tracks it and the three-way merge
 * base), {@link Lock} lets one caller sync a page at a time, and {@link WorkerContext} carries a host's per-thread
 * context (the viewer, inside Confluence) to the sync's worker threads.
 *
 * <p>In-memory adapters for tests and stateless hosts live here too ({@link InMemorySyncStateStore},
 * {@link InProcessLock}). The JDK alone: no Jira, no database, no host types.
 *
 * <p>Nullness: every type here is non-null unless marked {@code @Nullable} (JSpecify).
 */
@NullMarked
package dev.agenda.core.sync;

import org.jspecify.annotations.NullMarked;
