package dev.agenda.app;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.agenda.core.sync.SyncRecord;
import dev.agenda.jdbc.JdbcDatabase;
import dev.agenda.jdbc.JdbcSyncStateStore;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.Rule;
import org.junit.Test;
import org.junit.rules.TemporaryFolder;

/** {@code agenda register} on the DM Weekly series ({@code examples/series}) and on the reference page. */
public class RegisterCommandTest {

    private static final String SERIES = Path.of("..", "examples", "series").toString();
    private static final String REFERENCE =
            Path.of("..", "examples", "dmlt-f2f-2017-11.xml").toString();
    private static final String NOW = "2017-11-28T09:00-08:00";

    @Rule
    public final TemporaryFolder temporary = new TemporaryFolder();

    @Test
    public void theStateGivesEachActionItsIssueAndTheLastSyncsDoneOutranksTheTick() throws Exception {
        Path state = temporary.newFolder("state").toPath();
        try (JdbcDatabase database = JdbcDatabase.h2File(state, "test")) {
            new JdbcSyncStateStore(database)
                    .save(
                            "dm-weekly-2017-11-20",
                            new SyncRecord(
                                    "dm-weekly-2017-11-20/1",
                                    "DM-13001",
                                    "13001",
                                    SyncRecord.Origin.CREATED,
                                    "Circulate the LDM-503-3 test specification for review",
                                    Optional.empty(),
                                    Optional.empty(),
                                    false,
                                    true,
                                    Instant.EPOCH));
        }

        CliRun run =
                CliRun.run("register", SERIES, "--done", "--now", NOW, "--format", "csv", "--state", state.toString());

        assertEquals(run.err, 0, run.exitCode);
        assertTrue(run.out, run.out.contains("dm-weekly-2017-11-20/1,1,incomplete,ebellm,2017-11-27,"));
        assertTrue(run.out, run.out.contains(",DM-13001,dm-weekly-2017-11-20,DM Weekly 2017-11-20,"));
    }

    @Test
    public void theSeriesAsATableByDueDateWithOverdueInWordsAndUndatedLast() {
        CliRun run = CliRun.run("register", SERIES, "--open", "--now", NOW);

        assertEquals(run.err, 0, run.exitCode);
        String[] lines = run.out.split("\n");
        assertTrue(lines[0], lines[0].startsWith("Due "));
        assertTrue(lines[1], lines[1].startsWith("2017-11-20 overdue  Schedule the HSC reprocessing run"));
        assertTrue(lines[1], lines[1].contains("DM Weekly 2017-11-13"));
        assertTrue(lines[7], lines[7].startsWith("-  ") && lines[7].contains("Book the room"));
        assertEquals("8 actions (open)", lines[lines.length - 1]);
    }

    @Test
    public void jsonIsTheActionsDocumentWithTheMeetingOfEach() throws Exception {
        CliRun run = CliRun.run("register", SERIES, "--assignee", "gpdf", "--format", "json", "--now", NOW);

        assertEquals(run.err, 0, run.exitCode);
        JsonNode actions = new ObjectMapper().readTree(run.out);
        List<String> ids = new ArrayList<>();
        actions.forEach(action -> ids.add(action.get("id").asText()));
        assertEquals(List.of("dm-weekly-2017-11-13/2", "dm-weekly-2017-11-13/3", "dm-weekly-2017-11-27/1"), ids);
        JsonNode first = actions.get(0);
        assertEquals("dm-weekly-2017-11-13", first.get("page").asText());
        assertEquals("DM Weekly 2017-11-13", first.get("pageTitle").asText());
        assertEquals("2017-11-13", first.get("meetingDate").asText());
        assertEquals(true, first.get("done").asBoolean());
        assertEquals("complete", first.get("status").asText());
    }

    @Test
    public void filtersCombineAndNothingMatchingSaysWhichFilters() {
        CliRun overdue = CliRun.run("register", SERIES, "--overdue", "--now", NOW, "--format", "csv");
        CliRun none = CliRun.run("register", SERIES, "--assignee", "ebellm", "--due-within", "3", "--now", NOW);

        assertEquals(overdue.err, 0, overdue.exitCode);
        assertEquals(4, overdue.out.split("\r\n").length);
        assertEquals("No actions match: assigned to ebellm, due within 3 days.\n", none.out);
    }

    @Test
    public void theReferencePageAloneListsItsElevenActions() {
        CliRun run = CliRun.run(
                "register",
                REFERENCE,
                "--users",
                Path.of("..", "examples", "users.csv").toString(),
                "--format",
                "csv",
                "--now",
                NOW);

        assertEquals(run.err, 0, run.exitCode);
        assertEquals(12, run.out.split("\r\n").length);
    }

    @Test
    public void badFiltersAreRefusedSayingWhatIsWrong() {
        CliRun me = CliRun.run("register", SERIES, "--assignee", "me");
        CliRun project = CliRun.run("register", SERIES, "--project", "dm");
        CliRun missing = CliRun.run("register", "no-such-dir");

        assertEquals(2, me.exitCode);
        assertTrue(me.err, me.err.contains("--assignee me: the command line has no viewer; give a username"));
        assertTrue(project.err, project.err.contains("--project 'dm' is not a Jira project key (such as DM)"));
        assertTrue(missing.err, missing.err.contains("no-such-dir: no such file or directory"));
    }
}
