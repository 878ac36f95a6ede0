package dev.agenda.confluence.sync;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertThrows;
import static org.junit.Assert.assertTrue;

import dev.agenda.core.sync.SyncRecord;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.Test;

public class SyncRecordJsonTest {

    private final SyncRecordJson json = new SyncRecordJson();
    private final SyncRecord full = new SyncRecord(
            "65538/9",
            "DM-13001",
            "10001",
            SyncRecord.Origin.CREATED,
            "Audit the existing list of L3 milestones \"now\"",
            Optional.of("womullane"),
            Optional.of(LocalDate.of(2017, 11, 6)),
            true,
            true,
            Instant.parse("2017-12-04T17:00:00.123Z"));
    private final SyncRecord bare = new SyncRecord(
            "65538/10",
            "DM-12813",
            "9000",
            SyncRecord.Origin.LINKED,
            "Write the plan",
            Optional.empty(),
            Optional.empty(),
            false,
            false,
            Instant.parse("2017-12-04T17:00:00Z"));

    @Test
    public void everyFieldSurvivesTheRoundTripEmptyOptionalsIncluded() {
        Map<String, SyncRecord> read = json.read(json.write(List.of(full, bare)));

        assertEquals(Map.of("65538/9", full, "65538/10", bare), read);
    }

    @Test
    public void keepsWhatWasChosenForTheIssueOfARemovedTaskAndReadsRecordsWrittenBeforeThereWasAChoice() {
        SyncRecord closed = full.removed(SyncRecord.Removal.CLOSED, true, full.syncedAt());
        SyncRecord left = bare.removed(SyncRecord.Removal.LEFT, false, bare.syncedAt());

        assertEquals(Map.of("65538/9", closed, "65538/10", left), json.read(json.write(List.of(closed, left))));
        String older = json.write(List.of(bare)).replace(",\"removal\":null", "");
        assertEquals(Map.of("65538/10", bare), json.read(older));
    }

    @Test
    public void writesOneVersionedDocumentInActionOrderWithNullsForAbsentValues() {
        String text = json.write(List.of(full, bare));

        assertTrue(text, text.startsWith("{\"version\":1,\"records\":{\"65538/10\":{\"issueKey\":\"DM-12813\""));
        assertTrue(text, text.contains("\"assigneeId\":null,\"due\":null"));
        assertEquals("equal states are equal text", text, json.write(List.of(bare, full)));
    }

    @Test
    public void refusesWhatIsNotItsFormatAndSaysWhy() {
        assertMessage("it is not JSON (line 1, column 2)", "{version");
        assertMessage("it is not a JSON object", "[]");
        assertMessage("its version is 2, not 1", "{\"version\":2,\"records\":{}}");
        assertMessage("it has no \"records\" object", "{\"version\":1}");
        assertMessage(
                "the record of action 65538/9 is unreadable: issueKey is missing or not text",
                "{\"version\":1,\"records\":{\"65538/9\":{\"issueId\":\"1\"}}}");
    }

    private void assertMessage(String expected, String text) {
        IllegalArgumentException refused = assertThrows(IllegalArgumentException.class, () -> json.read(text));
        assertEquals(expected, refused.getMessage());
    }
}
