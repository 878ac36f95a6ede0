/**
 * The sync's state and locks in a relational database: core's {@link dev.agenda.core.sync.SyncStateStore} port as
 * {@link JdbcSyncStateStore} (one upserted row per page and action, durable when a save returns) and its
 * {@link dev.agenda.core.sync.Lock} port as {@link JdbcLock} (a {@code SELECT … FOR UPDATE} row lock held by an open
 * transaction, so it excludes threads, processes and nodes, and dies with its holder). {@link JdbcDatabase} opens
 * embedded H2 (the CLI's and the preview's default) or PostgreSQL (several nodes, one cluster) by JDBC URL, migrates
 * the schema, and keeps passwords out of every message and {@code toString}.
 *
 * <p>Depends on core's {@code sync} ports and JDBC only; the sync engine and the hosts use it through those ports.
 *
 * <p>Nullness: every type here is non-null unless marked {@code @Nullable} (JSpecify).
 */
@NullMarked
package dev.agenda.jdbc;

import org.jspecify.annotations.NullMarked;
