package dev.agenda.core.sync;

import java.util.Map;

/**
 * Port: where the sync keeps its {@link SyncRecord}s, per page. Adapters: an embedded H2 database (the CLI and the
 * preview host), PostgreSQL (several nodes sharing one database), and page content properties (Confluence). A record
 * is durable when {@link #save} returns; a crash before that loses at most the record, which the sync finds again in
 * Jira. Implementations are thread-safe and throw {@link SyncStateException} when the store cannot be used.
 */
public interface SyncStateStore {

    /** The page's records by action id; empty for a page never synced. */
    Map<String, SyncRecord> records(String pageId);

    /** Inserts or replaces the record of {@code record.actionId()} on the page. */
    void save(String pageId, SyncRecord record);
}
