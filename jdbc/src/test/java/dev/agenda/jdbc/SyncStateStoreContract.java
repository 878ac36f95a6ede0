package dev.agenda.jdbc;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import dev.agenda.core.sync.SyncRecord;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.After;
import org.junit.Rule;
import org.junit.Test;
import org.junit.rules.Timeout;

/**
 * What every database must do as a {@link JdbcSyncStateStore}; run by one subclass per database. Pages are named
 * afresh for each test, so a shared database needs no cleaning.
 */
public abstract class SyncStateStoreContract {

    @Rule
    public final Timeout timeout = Timeout.seconds(120);

    private final List<JdbcDatabase> opened = new ArrayList<>();
    private final String page = "page-" + UUID.randomUUID();

    /** Opens the database of this test; every call within a test opens the same stored data. */
    protected abstract JdbcDatabase openDatabase();

    private JdbcSyncStateStore newStore() {
        JdbcDatabase database = openDatabase();
        opened.add(database);
        return new JdbcSyncStateStore(database);
    }

    @After
    public void closeDatabases() {
        opened.forEach(JdbcDatabase::close);
    }

    @Test
    public void aPageNeverSyncedHasNoRecords() {
        assertEquals(Map.of(), newStore().records(page));
    }

    @Test
    public void keepsEveryFieldOfARecord() {
        JdbcSyncStateStore store = newStore();
        SyncRecord record = Records.full(page, "1");

        store.save(page, record);

        assertEquals(Map.of(record.actionId(), record), store.records(page));
    }

    @Test
    public void keepsWhatWasChosenForTheIssueOfARemovedTask() {
        JdbcSyncStateStore store = newStore();
        SyncRecord left = Records.full(page, "1").removed(SyncRecord.Removal.LEFT, false, Records.SYNCED_AT);
        SyncRecord closed = Records.bare(page, "2").removed(SyncRecord.Removal.CLOSED, true, Records.SYNCED_AT);

        store.save(page, left);
        store.save(page, closed);

        assertEquals(Map.of(left.actionId(), left, closed.actionId(), closed), store.records(page));
    }

    @Test
    public void keepsEmptyAssigneeAndDueAsEmpty() {
        JdbcSyncStateStore store = newStore();
        SyncRecord record = Records.bare(page, "1");

        store.save(page, record);

        SyncRecord read = store.records(page).get(record.actionId());
        assertEquals(Optional.empty(), read.assigneeId());
        assertEquals(Optional.empty(), read.due());
        assertEquals(record, read);
    }

    @Test
    public void saveReplacesTheRecordOfTheSameAction() {
        JdbcSyncStateStore store = newStore();
        SyncRecord first = Records.full(page, "1");
        SyncRecord second = Records.bare(page, "1");
        store.save(page, first);

        store.save(page, second);
        store.save(page, Records.full(page, "2"));

        Map<String, SyncRecord> records = store.records(page);
        assertEquals(2, records.size());
        assertEquals(second, records.get(first.actionId()));
    }

    @Test
    public void keepsEachPageApart() {
        JdbcSyncStateStore store = newStore();
        String otherPage = page + "-other";
        store.save(page, Records.full(page, "1"));
        store.save(otherPage, Records.full(otherPage, "1"));
        store.save(otherPage, Records.bare(otherPage, "2"));

        assertEquals(Set.of(page + "/1"), store.records(page).keySet());
        assertEquals(
                Set.of(otherPage + "/1", otherPage + "/2"),
                store.records(otherPage).keySet());
    }

    @Test
    public void keepsSyncedAtToTheMicrosecond() {
        JdbcSyncStateStore store = newStore();
        SyncRecord saved = withSyncedAt(Records.full(page, "1"), Instant.parse("2025-03-04T10:15:30.123456789Z"));

        store.save(page, saved);

        assertEquals(
                Instant.parse("2025-03-04T10:15:30.123456Z"),
                store.records(page).get(saved.actionId()).syncedAt());
    }

    @Test
    public void aRecordSavedIsReadByAnotherDatabaseObjectAfterTheFirstIsClosed() {
        JdbcDatabase first = openDatabase();
        SyncRecord record = Records.full(page, "1");
        new JdbcSyncStateStore(first).save(page, record);
        first.close();

        assertEquals(Map.of(record.actionId(), record), newStore().records(page));
    }

    @Test
    public void savesFromManyThreadsAtOnceAllLand() throws Exception {
        JdbcSyncStateStore store = newStore();
        int threads = 8;
        int perThread = 20;
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService executor = Executors.newFixedThreadPool(threads);
        try {
            List<Future<?>> done = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                String thread = "t" + t;
                done.add(executor.submit(() -> {
                    start.await();
                    for (int i = 0; i < perThread; i++) {
                        store.save(page, Records.full(page, thread + "-" + i));
                        // Every thread also replaces one shared record, so that upserts of one key race too.
                        store.save(page, withSummary(Records.full(page, "shared"), thread));
                    }
                    return null;
                }));
            }
            start.countDown();
            for (Future<?> future : done) {
                future.get(60, TimeUnit.SECONDS);
            }
        } finally {
            executor.shutdownNow();
        }

        Map<String, SyncRecord> records = store.records(page);
        assertEquals(threads * perThread + 1, records.size());
        Set<String> writers = new HashSet<>();
        for (int t = 0; t < threads; t++) {
            writers.add("t" + t);
        }
        assertTrue(writers.contains(records.get(page + "/shared").summary()));
    }

    private static SyncRecord withSyncedAt(SyncRecord r, Instant syncedAt) {
        return new SyncRecord(
                r.actionId(),
                r.issueKey(),
                r.issueId(),
                r.origin(),
                r.summary(),
                r.assigneeId(),
                r.due(),
                r.pageComplete(),
                r.jiraDone(),
                syncedAt);
    }

    private static SyncRecord withSummary(SyncRecord r, String summary) {
        return new SyncRecord(
                r.actionId(),
                r.issueKey(),
                r.issueId(),
                r.origin(),
                summary,
                r.assigneeId(),
                r.due(),
                r.pageComplete(),
                r.jiraDone(),
                r.syncedAt());
    }
}
