package dev.agenda.app;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.Rule;
import org.junit.Test;
import org.junit.rules.TemporaryFolder;

/** Every mistake a user can make gets one clear line on stderr, exit code 2, and no stack trace. */
public class CommandLineErrorsTest {

    @Rule
    public TemporaryFolder folder = new TemporaryFolder();

    private Path file(String name, String content) throws Exception {
        Path path = folder.getRoot().toPath().resolve(name);
        Files.writeString(path, content);
        return path;
    }

    private static void assertOneLineError(CliRun run, String expected) {
        assertEquals(run.err, 2, run.exitCode);
        assertEquals("", run.out);
        assertEquals(run.err, 1, run.err.strip().lines().count());
        assertTrue(run.err, run.err.startsWith("agenda: "));
        assertTrue(run.err, run.err.contains(expected));
        assertFalse(run.err, run.err.contains("Exception"));
        assertFalse(run.err, run.err.contains("\tat "));
    }

    @Test
    public void aMissingFile() {
        assertOneLineError(CliRun.run("render", "no-such-page.xml"), "no-such-page.xml: no such file");
    }

    @Test
    public void aDirectoryInsteadOfAFile() {
        assertOneLineError(CliRun.run("actions", folder.getRoot().toString()), "is a directory, not a file");
    }

    @Test
    public void unreadableXmlNamesFileLineAndColumn() throws Exception {
        Path page = file("broken.xml", "<p>fine</p>\n<p>broken</b>\n");

        CliRun run = CliRun.run("actions", page.toString());

        assertOneLineError(run, page + ":2:");
        assertTrue(
                run.err,
                run.err.contains(
                        "not readable as Confluence storage format: The element type \"p\" must " + "be terminated"));
    }

    @Test
    public void aFileThatIsNotUtf8() throws Exception {
        Path page = folder.getRoot().toPath().resolve("latin1.xml");
        Files.write(page, "<p>caf\u00e9</p>".getBytes(StandardCharsets.ISO_8859_1));

        assertOneLineError(CliRun.run("render", page.toString()), "not UTF-8 text");
    }

    @Test
    public void aBadUsersFileNamesItsLine() throws Exception {
        Path users = file("users.csv", "username,full_name\nktl,Kian-Tat Lim\nktl,Again\n");

        assertOneLineError(
                CliRun.run("actions", "--users", users.toString()),
                users + ":3: username 'ktl' is listed twice (first on line 2)");
    }

    @Test
    public void aJiraPatienceThatIsNotADurationSaysWhatItTakes() {
        for (String bad : List.of("soon", "-5", "5x", "PT-5S", "")) {
            assertOneLineError(
                    CliRun.run("sync", "--jira", "http://127.0.0.1:9", "--jira-patience", bad),
                    "--jira-patience takes seconds (300) or a duration (90s, 5m, 1m30s, PT2M), not '" + bad + "'");
        }
        assertOneLineError(
                CliRun.run("jira-check", "--jira", "http://127.0.0.1:9", "--jira-patience", "25h"),
                "--jira-patience is at most 24 hours, not '25h'");
        assertOneLineError(
                CliRun.run("serve", "--port", "0", "--data", folder.getRoot().toString(), "--jira-patience", "soon"),
                "--jira-patience takes seconds (300) or a duration (90s, 5m, 1m30s, PT2M), not 'soon'");
    }

    @Test
    public void aJiraPatienceIsReadInSecondsOrAsADuration() throws Exception {
        assertEquals(Duration.ofSeconds(300), JiraOptions.patience("300"));
        assertEquals(Duration.ofSeconds(90), JiraOptions.patience("90s"));
        assertEquals(Duration.ofMinutes(5), JiraOptions.patience("5m"));
        assertEquals(Duration.ofSeconds(90), JiraOptions.patience("1m30s"));
        assertEquals(Duration.ofHours(1), JiraOptions.patience("1h"));
        assertEquals(Duration.ofMinutes(2), JiraOptions.patience("PT2M"));
        assertEquals(Duration.ZERO, JiraOptions.patience("0"));
    }

    @Test
    public void anUnknownOption() {
        assertOneLineError(CliRun.run("render", "--colour"), "Unknown option: '--colour' (see 'agenda render --help')");
    }

    @Test
    public void anUnknownCommand() {
        assertOneLineError(CliRun.run("publish"), "Unmatched argument at index 0: 'publish'");
    }

    @Test
    public void aBadOptionValue() {
        assertOneLineError(CliRun.run("actions", "--format", "xml"), "expected one of [json, csv]");
        assertOneLineError(
                CliRun.run("render", "--now", "half past nine"), "--now 'half past nine' is not an ISO-8601");
    }

    @Test
    public void anOutputFileThatCannotBeWritten() {
        Path target = folder.getRoot().toPath().resolve("missing-dir").resolve("out.html");

        assertOneLineError(CliRun.run("render", "--out", target.toString()), target + ": cannot be written");
    }

    @Test
    public void aPageBrokenInOnePlaceStillRendersWithTheProblemShownThere() throws Exception {
        Path page = file(
                "half.xml",
                "<ac:structured-macro ac:name=\"agenda\"><ac:parameter ac:name=\"date\">2017-02-30"
                        + "</ac:parameter><ac:rich-text-body><table><tr><th>Time</th><th>Topic</th></tr>"
                        + "<tr><td>soon</td><td>First</td></tr><tr><td>10:00</td><td>Second</td></tr>"
                        + "<tr><td>11:00</td><td>Close</td></tr></table></ac:rich-text-body></ac:structured-macro>");

        CliRun run = CliRun.run("render", page.toString());

        assertEquals(0, run.exitCode);
        assertTrue(run.out.contains("The date ‘2017-02-30’ is not a date"));
        assertTrue(run.out.contains("‘soon’ is not a time"));
        assertTrue(run.out.contains(">10:00–11:00"));
    }
}
