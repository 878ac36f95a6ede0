/**
 * The sync engine: a meeting page's actions kept in step with Jira. {@link ActionSync} is the entry point; it syncs a
 * whole page or named actions under the page's lock, gives every action exactly one issue (linked if the task names
 * one, else created in bulk carrying its handle so a crashed or forgotten run never creates twice), merges summary,
 * assignee and due date three ways, moves completion by status category, and answers a {@link SyncReport} of
 * {@link ActionOutcome}s. {@link SyncSettings} says where the page lives and what handles issues carry;
 * {@link SyncProgress} is the port a progress bar listens on.
 *
 * <p>Depends on core alone (its page model and its ports: issue tracker, sync state store, lock, worker context) and
 * a {@link java.time.Clock}: no HTTP, no database, no host types, so every host (the CLI, the preview, Confluence)
 * runs the same engine.
 *
 * <p>Nullness: every type here is non-null unless marked {@code @Nullable} (JSpecify).
 */
@NullMarked
package dev.agenda.sync;

import org.jspecify.annotations.NullMarked;
