package dev.agenda.app;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import dev.agenda.core.tracker.ServerInfo;
import dev.agenda.jira.fake.FakeJiraHttpServer;
import dev.agenda.jira.fake.FakeJiraWorld;
import dev.agenda.jira.fake.FaultPlan;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.After;
import org.junit.Before;
import org.junit.Rule;
import org.junit.Test;
import org.junit.rules.TemporaryFolder;

/** {@code agenda next} on the DM weekly series (examples/series). */
public class NextCommandTest {

    private static final Path SERIES = Path.of("..", "examples", "series");
    private static final String USERS = "../examples/users.csv";

    @Rule
    public final TemporaryFolder temp = new TemporaryFolder();

    private Path pages;
    private Path page;
    private Path state;
    private FakeJiraHttpServer fake;

    @Before
    public void copySeries() throws IOException {
        pages = temp.newFolder("pages").toPath();
        page = pages.resolve("dm-weekly-2017-11-20.xml");
        Files.copy(SERIES.resolve("dm-weekly-2017-11-20.xml"), page);
        state = temp.newFolder("state").toPath();
        fake = FakeJiraHttpServer.start(
                        FakeJiraWorld.seeded(CliRun.NOON_UTC_DAY_ONE),
                        ServerInfo.Deployment.DATA_CENTER,
                        FaultPlan.none())
                .registerToken("womullane", SyncCommandTest.TOKEN);
    }

    @After
    public void stop() {
        fake.close();
    }

    private CliRun next(Path from, String... extra) {
        List<String> args =
                new ArrayList<>(List.of("next", from.toString(), "--users", USERS, "--state", state.toString()));
        args.addAll(List.of(extra));
        return CliRun.runWith(Map.of("JIRA_TOKEN", SyncCommandTest.TOKEN), args.toArray(String[]::new));
    }

    private CliRun sync(Path from) {
        return CliRun.runWith(
                Map.of("JIRA_TOKEN", SyncCommandTest.TOKEN),
                "sync",
                from.toString(),
                "--users",
                USERS,
                "--jira",
                fake.baseUrl(),
                "--state",
                state.toString(),
                "--project",
                "DM");
    }

    private static String read(Path file) throws IOException {
        return Files.readString(file, StandardCharsets.UTF_8);
    }

    @Test
    public void writesTheNextPageBesideTheLastNamedFromItsNewTitleWithTheOpenActionsCarried() throws IOException {
        CliRun run = next(page, "--date", "2017-11-27");

        Path written = pages.resolve("dm-weekly-2017-11-27.xml");
        assertEquals(run.err, 0, run.exitCode);
        assertTrue(Files.exists(written));
        assertTrue(
                run.out,
                run.out.startsWith("wrote " + written + " (DM Weekly 2017-11-27), 3 open actions carried"
                        + " from DM Weekly 2017-11-20"));
        assertTrue(run.out.contains("-          Circulate the LDM-503-3 test specification for review"));
        String storage = read(written);
        assertTrue(storage.contains("<ac:parameter ac:name=\"date\">2017-11-27</ac:parameter>"));
        assertTrue(storage.contains("Open actions from DM Weekly 2017-11-20"));
        assertTrue(storage.contains("#agenda-action=dm-weekly-2017-11-20/4"));

        CliRun actions = CliRun.run("actions", written.toString(), "--users", USERS, "--format", "csv");
        assertEquals(actions.err, 0, actions.exitCode);
        assertEquals("a header and three actions", 4, actions.out.strip().split("\n").length);
    }

    @Test
    public void runTwiceForTheSameDateItSaysThePageExistsAndWritesNothing() throws IOException {
        next(page, "--date", "2017-11-27");
        Path written = pages.resolve("dm-weekly-2017-11-27.xml");
        Files.writeString(written, read(written) + "<p>Edited since.</p>");
        String edited = read(written);

        CliRun again = next(page, "--date", "2017-11-27");

        assertEquals(1, again.exitCode);
        assertEquals("agenda: the page for 2017-11-27 exists: " + written, again.err.strip());
        assertEquals("", again.out);
        assertEquals(edited, read(written));
    }

    @Test
    public void thePageOfTheSeriesThatIsAlreadyThereIsNeverOverwritten() throws IOException {
        Path existing = SERIES.resolve("dm-weekly-2017-11-27.xml");
        String before = read(existing);

        CliRun run = next(SERIES.resolve("dm-weekly-2017-11-20.xml"), "--date", "2017-11-27");

        assertEquals(1, run.exitCode);
        assertTrue(run.err, run.err.contains("the page for 2017-11-27 exists: " + existing));
        assertEquals(before, read(existing));
    }

    @Test
    public void aBadOrMissingDateIsAClearErrorAndNothingIsWritten() throws IOException {
        CliRun bad = next(page, "--date", "27/11/2017");
        CliRun missing = next(page);

        assertEquals(2, bad.exitCode);
        assertEquals(
                "agenda: --date '27/11/2017' is not a date: write the next meeting's day as YYYY-MM-DD,"
                        + " e.g. 2017-11-27",
                bad.err.strip());
        assertEquals(2, missing.exitCode);
        assertTrue(missing.err, missing.err.contains("--date"));
        try (var files = Files.list(pages)) {
            assertEquals(1, files.count());
        }
    }

    @Test
    public void withJiraOneBatchedLookUpDecidesADoneIssueIsNotCarriedAndATickedOpenOneIs() throws IOException {
        CliRun synced = sync(page);
        assertEquals(synced.out + synced.err, 0, synced.exitCode);
        String first = keyIn(synced.out, "Circulate the LDM-503-3");
        String ticked = keyIn(synced.out, "Publish the DocuShare handles");
        fake.world().moveTo(first, "Done");
        fake.world().moveTo(ticked, "In Progress");
        fake.resetCounts();

        CliRun run = next(page, "--date", "2017-11-27", "--jira", fake.baseUrl(), "--out", temp.getRoot() + "/n.xml");

        assertEquals(run.err, 0, run.exitCode);
        assertEquals(1, fake.requestCount("POST /rest/api/2/search"));
        assertFalse("done in Jira: not carried", run.out.contains("Circulate the LDM-503-3"));
        assertTrue("ticked, but open in Jira: carried", run.out.contains(ticked + " "));
        String storage = read(Path.of(temp.getRoot() + "/n.xml"));
        assertTrue(storage.contains("<ac:parameter ac:name=\"key\">" + ticked + "</ac:parameter>"));
    }

    @Test
    public void withoutJiraTheStatesRecordsAndTheTicksDecide() throws IOException {
        CliRun synced = sync(page);
        assertEquals(synced.out + synced.err, 0, synced.exitCode);
        String second = keyIn(synced.out, "Decide on the alert packet");

        CliRun run = next(page, "--date", "2017-11-27");

        assertEquals(run.err, 0, run.exitCode);
        assertTrue(run.out, run.out.contains(second + " "));
        assertFalse("ticked, and no Jira asked: not carried", run.out.contains("Publish the DocuShare handles"));
    }

    private static String keyIn(String syncOutput, String text) {
        Matcher line =
                Pattern.compile("(?m)^(DM-\\d+)\\s.*" + Pattern.quote(text)).matcher(syncOutput);
        assertTrue(syncOutput, line.find());
        return line.group(1);
    }
}
