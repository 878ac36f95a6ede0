package dev.agenda.jdbc;

import dev.agenda.core.sync.SyncRecord;
import dev.agenda.core.sync.SyncStateException;
import dev.agenda.core.sync.SyncStateStore;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * {@link SyncStateStore} in the table {@code agenda_sync_record} of a {@link JdbcDatabase}, one row per page and
 * action. Each save is an upsert committed on its own connection before it returns, so it is durable, and visible to
 * every process and node using the database, at once. {@code syncedAt} is kept to the microsecond, the finest both
 * databases hold. Thread-safe; failures are {@link SyncStateException}s naming the database.
 */
public final class JdbcSyncStateStore implements SyncStateStore {

    private static final String SELECT =
            "SELECT " + Dialect.RECORD_COLUMNS + " FROM agenda_sync_record WHERE page_id = ?";

    private final JdbcDatabase database;

    public JdbcSyncStateStore(JdbcDatabase database) {
        this.database = database;
    }

    @Override
    public Map<String, SyncRecord> records(String pageId) {
        try (Connection connection = database.connect();
                PreparedStatement select = connection.prepareStatement(SELECT)) {
            select.setString(1, pageId);
            Map<String, SyncRecord> records = new HashMap<>();
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    SyncRecord record = read(rows);
                    records.put(record.actionId(), record);
                }
            }
            return Map.copyOf(records);
        } catch (SQLException e) {
            throw database.failure("cannot read the sync records of page " + pageId, e);
        } catch (IllegalArgumentException e) {
            throw new SyncStateException(
                    "unreadable sync record of page " + pageId + " in " + database + ": " + e.getMessage(), e);
        }
    }

    @Override
    public void save(String pageId, SyncRecord record) {
        try (Connection connection = database.connect();
                PreparedStatement upsert =
                        connection.prepareStatement(database.dialect().upsertRecord())) {
            bind(upsert, pageId, record);
            upsert.executeUpdate();
        } catch (SQLException e) {
            throw database.failure("cannot save the sync record of " + record.actionId() + " (page " + pageId + ")", e);
        }
    }

    private static void bind(PreparedStatement upsert, String pageId, SyncRecord record) throws SQLException {
        upsert.setString(1, pageId);
        upsert.setString(2, record.actionId());
        upsert.setString(3, record.issueKey());
        upsert.setString(4, record.issueId());
        upsert.setString(5, record.origin().name());
        upsert.setString(6, record.summary());
        if (record.assigneeId().isPresent()) {
            upsert.setString(7, record.assigneeId().get());
        } else {
            upsert.setNull(7, Types.VARCHAR);
        }
        if (record.due().isPresent()) {
            upsert.setObject(8, record.due().get());
        } else {
            upsert.setNull(8, Types.DATE);
        }
        upsert.setBoolean(9, record.pageComplete());
        upsert.setBoolean(10, record.jiraDone());
        // Truncated here so that both databases read back the instant saved, whatever each would do with
        // nanoseconds (PostgreSQL rounds them).
        upsert.setObject(11, record.syncedAt().truncatedTo(ChronoUnit.MICROS).atOffset(ZoneOffset.UTC));
        if (record.removal().isPresent()) {
            upsert.setString(12, record.removal().get().name());
        } else {
            upsert.setNull(12, Types.VARCHAR);
        }
    }

    private static SyncRecord read(ResultSet rows) throws SQLException {
        Instant syncedAt = rows.getObject("synced_at", OffsetDateTime.class).toInstant();
        return new SyncRecord(
                rows.getString("action_id"),
                rows.getString("issue_key"),
                rows.getString("issue_id"),
                SyncRecord.Origin.valueOf(rows.getString("origin")),
                rows.getString("summary"),
                Optional.ofNullable(rows.getString("assignee_id")),
                Optional.ofNullable(rows.getObject("due", LocalDate.class)),
                rows.getBoolean("page_complete"),
                rows.getBoolean("jira_done"),
                syncedAt,
                Optional.ofNullable(rows.getString("removal")).map(SyncRecord.Removal::valueOf));
    }
}
