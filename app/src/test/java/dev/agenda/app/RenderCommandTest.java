package dev.agenda.app;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.Rule;
import org.junit.Test;
import org.junit.rules.TemporaryFolder;

public class RenderCommandTest {

    private static final String PAGE =
            Path.of("..", "examples", "dmlt-f2f-2017-11.xml").toString();
    private static final String USERS = Path.of("..", "examples", "users.csv").toString();

    @Rule
    public TemporaryFolder folder = new TemporaryFolder();

    @Test
    public void writesACompleteDocumentToTheGivenFile() throws Exception {
        Path out = folder.getRoot().toPath().resolve("agenda.html");

        CliRun run = CliRun.run(
                "render",
                PAGE,
                "--users",
                USERS,
                "--out",
                out.toString(),
                "--now",
                "2017-11-02T10:15",
                "--jira",
                "https://jira.lsstcorp.org");

        assertEquals(run.err, 0, run.exitCode);
        String html = Files.readString(out);
        assertTrue(html.startsWith("<!DOCTYPE html>"));
        assertTrue(
                "a local --now is read in the agenda's timezone (10:15 Phoenix = 17:15Z)",
                html.contains("<tr class=\"agenda-item agenda-item--now\" data-start=\"2017-11-02T16:30:00Z\""));
        assertTrue(html.contains("href=\"https://jira.lsstcorp.org/browse/RFC-188\""));
        assertTrue(html.contains(">Wil O&#39;Mullane</span>"));
        assertTrue(run.err.startsWith("Wrote " + out));
    }

    @Test
    public void writesToStandardOutputWithoutOut() {
        CliRun run = CliRun.run("render", PAGE, "--now", "2017-11-02T17:15:00Z");

        assertEquals(0, run.exitCode);
        assertTrue(run.out.startsWith("<!DOCTYPE html>"));
        assertTrue("without --users people are unknown", run.out.contains(">Unknown User (womullane)</span>"));
    }

    @Test
    public void anInstantWithAnOffsetIsUsedAsItIs() {
        CliRun run = CliRun.run("render", PAGE, "--now", "2017-11-03T09:20:00-07:00");

        assertTrue(run.out.contains("<tr class=\"agenda-item agenda-item--now\" data-start=\"2017-11-03T16:00:00Z\""));
    }
}
