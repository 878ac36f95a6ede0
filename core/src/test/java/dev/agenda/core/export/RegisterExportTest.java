package dev.agenda.core.export;

import static org.junit.Assert.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.agenda.core.Fixtures;
import dev.agenda.core.page.MeetingPage;
import dev.agenda.core.register.ActionRegister;
import dev.agenda.core.register.RegisterEntry;
import dev.agenda.core.register.RegisterFilter;
import dev.agenda.core.register.RegisterPage;
import dev.agenda.core.sync.SyncRecord;
import dev.agenda.core.tracker.IssueStatus;
import dev.agenda.core.tracker.StatusCategory;
import java.nio.file.Files;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.Test;

public class RegisterExportTest {

    private static final LocalDate TODAY = LocalDate.parse("2017-12-05");

    private final List<RegisterEntry> entries = entries();

    @Test
    public void theJsonIsTheActionsDocumentWithTheMeetingAndTheIssueAdded() throws Exception {
        JsonNode array = new ObjectMapper().readTree(new RegisterJson().write(entries, TODAY));

        List<String> names = new ArrayList<>();
        array.get(0).fieldNames().forEachRemaining(names::add);
        assertEquals(
                List.of(
                        "id",
                        "taskId",
                        "status",
                        "assignees",
                        "due",
                        "text",
                        "topic",
                        "day",
                        "issueKeys",
                        "jiraKey",
                        "page",
                        "pageTitle",
                        "pageAddress",
                        "meetingDate",
                        "jiraStatus",
                        "statusCategory",
                        "done",
                        "overdue"),
                names);
        JsonNode first = array.get(1);
        assertEquals("2017-11-20/1", first.get("id").asText());
        assertEquals("DM-7", first.get("jiraKey").asText());
        assertEquals("DM Weekly 2017-11-20", first.get("pageTitle").asText());
        assertEquals("2017-11-20", first.get("meetingDate").asText());
        assertEquals("Done", first.get("jiraStatus").asText());
        assertEquals("done", first.get("statusCategory").asText());
        assertEquals("incomplete", first.get("status").asText());
        assertEquals(true, first.get("done").asBoolean());
        assertEquals(false, first.get("overdue").asBoolean());
        assertEquals(true, array.get(2).get("overdue").asBoolean());
    }

    @Test
    public void theCsvHasTheSameColumnsAndDefusesFormulas() {
        String csv = new RegisterCsv().write(entries, TODAY);

        String[] lines = csv.split("\r\n");
        assertEquals(
                "id,taskId,status,assignees,due,text,topic,day,issueKeys,jiraKey,page,pageTitle,pageAddress,"
                        + "meetingDate,jiraStatus,done,overdue",
                lines[0]);
        assertEquals(
                "2017-11-20/1,1,incomplete,ebellm,2017-11-27,Circulate the LDM-503-3 test specification for review,"
                        + "Alert generation validation,2017-11-20,,DM-7,2017-11-20,DM Weekly 2017-11-20,"
                        + "'=HYPERLINK(\"x\"),2017-11-20,Done,true,false",
                lines[2].replace("\"'=HYPERLINK(\"\"x\"\")\"", "'=HYPERLINK(\"x\")"));
    }

    private static List<RegisterEntry> entries() {
        try {
            String storage = Files.readString(Fixtures.examples().resolve("series/dm-weekly-2017-11-20.xml"));
            MeetingPage meeting = Fixtures.page("2017-11-20", storage, Fixtures.referenceUsers());
            SyncRecord record = new SyncRecord(
                    "2017-11-20/1",
                    "DM-7",
                    "10007",
                    SyncRecord.Origin.CREATED,
                    "s",
                    Optional.empty(),
                    Optional.empty(),
                    false,
                    false,
                    Instant.EPOCH);
            RegisterPage page = new RegisterPage(
                    "DM Weekly 2017-11-20", "=HYPERLINK(\"x\")", meeting, Map.of("2017-11-20/1", record));
            ActionRegister register = new ActionRegister();
            return register.select(
                    register.entries(List.of(page), Map.of("DM-7", new IssueStatus("Done", StatusCategory.DONE))),
                    RegisterFilter.all(),
                    TODAY);
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }
}
