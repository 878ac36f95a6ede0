package dev.agenda.jdbc;

import dev.agenda.core.sync.SyncRecord;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;

/** Sample records for the store tests. */
final class Records {

    static final Instant SYNCED_AT = Instant.parse("2025-03-04T10:15:30.123456Z");

    private Records() {}

    static SyncRecord full(String pageId, String taskId) {
        return new SyncRecord(
                pageId + "/" + taskId,
                "AG-" + taskId,
                "100" + taskId,
                SyncRecord.Origin.CREATED,
                "Write the minutes for " + taskId,
                Optional.of("jsmith"),
                Optional.of(LocalDate.of(2025, 3, 31)),
                false,
                true,
                SYNCED_AT);
    }

    static SyncRecord bare(String pageId, String taskId) {
        return new SyncRecord(
                pageId + "/" + taskId,
                "AG-" + taskId,
                "100" + taskId,
                SyncRecord.Origin.LINKED,
                "Book the room",
                Optional.empty(),
                Optional.empty(),
                true,
                false,
                SYNCED_AT);
    }
}
