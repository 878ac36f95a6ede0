package dev.agenda.app;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;
import static org.junit.Assert.fail;

import dev.agenda.core.tracker.ServerInfo;
import dev.agenda.jira.fake.FakeJiraHttpServer;
import dev.agenda.jira.fake.FakeJiraWorld;
import dev.agenda.jira.fake.FaultPlan;
import java.net.ServerSocket;
import java.util.List;
import java.util.Map;
import org.junit.After;
import org.junit.Test;

/** {@code agenda jira-check} against the fake Jira over HTTP, with credentials from the environment. */
public class JiraCheckCommandTest {

    private static final String TOKEN = "s3cret-pat-0042";

    private FakeJiraHttpServer fake;

    private FakeJiraHttpServer start(ServerInfo.Deployment deployment) {
        fake = FakeJiraHttpServer.start(FakeJiraWorld.seeded(CliRun.NOON_UTC_DAY_ONE), deployment, FaultPlan.none())
                .registerToken("womullane", TOKEN);
        return fake;
    }

    @After
    public void stop() {
        if (fake != null) {
            fake.close();
        }
    }

    @Test
    public void dataCenterWithAPersonalAccessToken() {
        start(ServerInfo.Deployment.DATA_CENTER);

        CliRun run =
                CliRun.runWith(Map.of("JIRA_TOKEN", TOKEN), "jira-check", "--jira", fake.baseUrl(), "--project", "DM");

        assertEquals(run.err, 0, run.exitCode);
        assertTrue(run.out, run.out.contains("Jira Data Center 10.3.0 at " + fake.baseUrl()));
        assertTrue(run.out, run.out.contains("Signed in as Wil O'Mullane (womullane)"));
        assertTrue(run.out, run.out.contains("Project DM (Data Management): issue types Task, Bug, Story, Sub-task"));
    }

    @Test
    public void cloudWithAnEmailAndApiToken() {
        start(ServerInfo.Deployment.CLOUD);

        CliRun run = CliRun.runWith(
                Map.of("JIRA_TOKEN", TOKEN, "JIRA_EMAIL", "womullane@example.org"),
                "jira-check",
                "--jira",
                fake.baseUrl() + "/");

        assertEquals(run.err, 0, run.exitCode);
        assertTrue(run.out, run.out.startsWith("Jira Cloud"));
        assertTrue(run.out, run.out.contains("Signed in as Wil O'Mullane (5b10"));
    }

    @Test
    public void aRefusedTokenIsOneLineWithAHintAndNoToken() {
        start(ServerInfo.Deployment.DATA_CENTER);

        CliRun run = CliRun.runWith(Map.of("JIRA_TOKEN", "wrong-" + TOKEN), "jira-check", "--jira", fake.baseUrl());

        assertEquals(1, run.exitCode);
        assertEquals(run.err, 1, run.err.lines().count());
        assertTrue(run.err, run.err.contains("did not accept the credentials (HTTP 401)"));
        assertTrue(run.err, run.err.contains("JIRA_TOKEN"));
        assertFalse(run.err + run.out, (run.err + run.out).contains(TOKEN));
    }

    @Test
    public void aTokenWithALineBreakInsideIsRefusedNamingTheVariableAndNeverTheToken() {
        start(ServerInfo.Deployment.DATA_CENTER);
        for (String pasted : List.of(
                "s3cret-first\nsecond-0042",
                "s3cret-first\u0000second-0042",
                "s3cret-first\u001b[2Jsecond-0042",
                "s3cret-first\u0085second-0042")) {

            CliRun run = CliRun.runWith(Map.of("JIRA_TOKEN", pasted), "jira-check", "--jira", fake.baseUrl());

            assertEquals(run.err, 2, run.exitCode);
            assertTrue(run.err, run.err.startsWith("agenda: JIRA_TOKEN is not a usable Jira token: the token holds"));
            assertFalse(run.err + run.out, (run.err + run.out).contains("s3cret-first"));
            assertFalse(run.err + run.out, (run.err + run.out).contains("second-0042"));
        }
        assertEquals("nothing was sent", 0, fake.requestCount());
    }

    @Test
    public void aJiraUrlHoldingAUserAndPasswordIsRefusedWithoutRepeatingThem() {
        start(ServerInfo.Deployment.DATA_CENTER);
        String withCredentials = fake.baseUrl().replace("http://", "http://womullane:hunter2@");

        for (String url : List.of(
                withCredentials,
                withCredentials.replace("hunter2", "hunter 2"),
                "ftp://womullane:hunter2@jira.example.org")) {
            CliRun run = CliRun.runWith(Map.of("JIRA_TOKEN", TOKEN), "jira-check", "--jira", url);

            assertEquals(run.err, 2, run.exitCode);
            assertTrue(run.err, run.err.startsWith("agenda: Invalid value for option '--jira': "));
            assertFalse(run.err + run.out, (run.err + run.out).contains("hunter"));
        }
        assertEquals("nothing was sent", 0, fake.requestCount());
    }

    @Test
    public void whatJiraSaysCannotDriveTheTerminal() {
        start(ServerInfo.Deployment.DATA_CENTER);
        fake.world().renameServer(HOSTILE);

        CliRun run = CliRun.runWith(Map.of("JIRA_TOKEN", TOKEN), "jira-check", "--jira", fake.baseUrl());

        assertEquals(run.err, 0, run.exitCode);
        assertTrue(run.out, run.out.contains("(Our Jira: Click here Red Over  now Title ✓)"));
        assertNoTerminalControl(run.out + run.err);
    }

    /** A server title, summary or status as a hostile Jira may write it: hyperlink, clear screen, colour, overwrite. */
    static final String HOSTILE = "Our Jira: \u001b]8;;https://evil.example/\u0007Click here\u001b]8;;\u0007"
            + " \u001b[2J\u001b[31mRed\u001b[0m\rOver \u009b2J now \u009d0;pwned\u009cTitle\u0000\u0085 ✓";

    /** Nothing but line ends, and no trace of the hyperlink's target. */
    static void assertNoTerminalControl(String printed) {
        assertFalse(printed, printed.contains("evil.example"));
        assertFalse(printed, printed.contains("pwned"));
        printed.chars()
                .filter(c -> c != '\n' && (c < ' ' || (c >= 0x7f && c <= 0x9f)))
                .findFirst()
                .ifPresent(c -> fail("control character U+" + Integer.toHexString(c) + " in: " + printed));
    }

    @Test
    public void aMissingProjectIsNamed() {
        start(ServerInfo.Deployment.DATA_CENTER);

        CliRun run = CliRun.runWith(
                Map.of("JIRA_TOKEN", TOKEN), "jira-check", "--jira", fake.baseUrl(), "--project", "NOPE");

        assertEquals(1, run.exitCode);
        assertTrue(
                run.err, run.err.contains("Jira project NOPE doesn't exist or you don't have permission to view it."));
    }

    @Test
    public void anUnreachableJiraIsSaidPlainly() throws Exception {
        int port;
        try (ServerSocket socket = new ServerSocket(0)) {
            port = socket.getLocalPort();
        }

        CliRun run = CliRun.runWith(Map.of("JIRA_TOKEN", TOKEN), "jira-check", "--jira", "http://127.0.0.1:" + port);

        assertEquals(1, run.exitCode);
        assertTrue(run.err, run.err.contains("refused the connection"));
    }

    @Test
    public void badOptionsAndHalfCredentialsAreUsageErrors() {
        CliRun notHttp = CliRun.runWith(Map.of(), "jira-check", "--jira", "ftp://jira.example.org");
        CliRun emailOnly = CliRun.runWith(
                Map.of("JIRA_EMAIL", "a@example.org"), "jira-check", "--jira", "https://jira.example.org");
        CliRun noJira = CliRun.runWith(Map.of(), "jira-check");

        assertEquals(2, notHttp.exitCode);
        assertTrue(notHttp.err, notHttp.err.contains("--jira must be an http or https URL"));
        assertEquals(2, emailOnly.exitCode);
        assertTrue(emailOnly.err, emailOnly.err.contains("JIRA_EMAIL is set but JIRA_TOKEN is not"));
        assertEquals(2, noJira.exitCode);
        assertTrue(noJira.err, noJira.err.contains("--jira"));
    }
}
