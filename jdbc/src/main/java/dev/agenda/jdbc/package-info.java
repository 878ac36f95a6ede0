/**
 * The sync's state and locks in a relational database: core's {@link dev.agenda.core.sync.SyncStateStore} port as
 * {@link JdbcSyncStateStore} (one upserted row per page and action, durable when a save returns) and its
 * {@link dev.agenda.core.sync.Lock} port as {@link JdbcLock} (a {@code SELECT … FOR UPDATE} row lock held by an open
 * transaction, so it excludes threads, processes and nodes, and dies with its holder). {@link JdbcDatabase} opens
 * embedded H2 (the CLI's and the preview's default) or PostgreSQL (several nodes, one cluster) by JDBC URL, migrates
 * the schema, and keeps passwords out of every message and {@code toString}. The embedded H2 file is served to no one
 * (no {@code AUTO_SERVER}, no TCP server): one process at a time opens it, and another is told which
 * ({@link DatabaseInUseException}); its directory and files are the owner's alone ({@link PrivateDirectory}).
 *
 * <p>Depends on core's {@code sync} ports, JDBC and the JDK's file and process APIs only; the sync engine and the hosts
 * use it through those ports.
 *
 * <p>Nullness: every type here is non-null unless marked {@code @Nullable} (JSpecify).
 */
@NullMarked
package dev.agenda.jdbc;

import org.jspecify.annotations.NullMarked;
