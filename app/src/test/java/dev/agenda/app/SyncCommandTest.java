package dev.agenda.app;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import dev.agenda.core.tracker.IssueChanges;
import dev.agenda.core.tracker.IssueStatus;
import dev.agenda.core.tracker.ServerInfo;
import dev.agenda.core.tracker.StatusCategory;
import dev.agenda.jdbc.JdbcDatabase;
import dev.agenda.jdbc.JdbcLock;
import dev.agenda.jira.fake.FakeJira;
import dev.agenda.jira.fake.FakeJiraHttpServer;
import dev.agenda.jira.fake.FakeJiraWorld;
import dev.agenda.jira.fake.FaultPlan;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Stream;
import org.junit.After;
import org.junit.Before;
import org.junit.Rule;
import org.junit.Test;
import org.junit.rules.TemporaryFolder;

/** {@code agenda sync} end to end: the reference page against the fake Jira over HTTP, state in an H2 file. */
public class SyncCommandTest {

    static final String TOKEN = "sync-test-pat";
    static final String PAGE = "../examples/dmlt-f2f-2017-11.xml";
    static final String USERS = "../examples/users.csv";

    @Rule
    public final TemporaryFolder temp = new TemporaryFolder();

    final FaultPlan faults = new FaultPlan(new SplittableRandom(9));
    FakeJiraHttpServer fake;
    Path state;

    @Before
    public void start() throws IOException {
        fake = FakeJiraHttpServer.start(
                        FakeJiraWorld.seeded(CliRun.NOON_UTC_DAY_ONE), ServerInfo.Deployment.DATA_CENTER, faults)
                .registerToken("womullane", TOKEN);
        state = temp.newFolder("state").toPath();
    }

    @After
    public void stop() {
        fake.close();
    }

    CliRun sync(String... extra) {
        return syncPage(PAGE, extra);
    }

    CliRun syncPage(String page, String... extra) {
        List<String> args = new java.util.ArrayList<>(List.of(
                "sync",
                page,
                "--users",
                USERS,
                "--jira",
                fake.baseUrl(),
                "--state",
                state.toString(),
                "--page-url",
                "https://confluence.example.org/x/dmlt"));
        args.addAll(List.of(extra));
        return CliRun.runWith(Map.of("JIRA_TOKEN", TOKEN), args.toArray(String[]::new));
    }

    /**
     * The lock's wait is counted on the command's clock, not the system's. This clock moves a minute each time it is
     * read, so the sync's 30 s wait for the page's lock is over at once; the other holder keeps the lock for up to
     * 10 s, so a wait counted on the system clock would outlast it and then sync the page.
     */
    @Test
    public void waitingForAnotherSyncOfThePageIsCountedOnTheCommandsClock() throws Exception {
        String url = "jdbc:h2:mem:" + temp.getRoot().getName() + ";DB_CLOSE_DELAY=-1";
        Clock fastClock = new MinuteEveryReadClock(CliRun.NOON_UTC_DAY_ONE.instant());
        CountDownLatch held = new CountDownLatch(1);
        CountDownLatch commandDone = new CountDownLatch(1);
        try (JdbcDatabase database = JdbcDatabase.open(url)) {
            CompletableFuture<Void> otherSync =
                    CompletableFuture.runAsync(() -> new JdbcLock(database, Clock.systemUTC())
                            .withLock("agenda-sync:4242", Duration.ofSeconds(5), () -> {
                                held.countDown();
                                try {
                                    commandDone.await(10, TimeUnit.SECONDS);
                                } catch (InterruptedException e) {
                                    Thread.currentThread().interrupt();
                                }
                                return null;
                            }));
            held.await();

            List<String> args = new java.util.ArrayList<>(List.of(
                    "sync", PAGE, "--users", USERS, "--jira", fake.baseUrl(), "--state", url, "--page-id", "4242"));
            CliRun run = CliRun.runWith(fastClock, Map.of("JIRA_TOKEN", TOKEN), args.toArray(String[]::new));
            commandDone.countDown();
            otherSync.join();

            assertTrue(run.out + run.err, (run.out + run.err).contains("Another sync of this page is running"));
            assertEquals(
                    "nothing was created while the other sync held the page",
                    3,
                    fake.world().issueCount());
        }
    }

    /** A clock a minute further on each time it is read. */
    private static final class MinuteEveryReadClock extends Clock {

        private final AtomicReference<Instant> now;

        MinuteEveryReadClock(Instant start) {
            this.now = new AtomicReference<>(start);
        }

        @Override
        public Instant instant() {
            return now.getAndUpdate(instant -> instant.plus(Duration.ofMinutes(1)));
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            throw new UnsupportedOperationException("not needed");
        }
    }

    static String lastLine(CliRun run) {
        List<String> lines = run.out.lines().toList();
        return lines.isEmpty() ? "" : lines.get(lines.size() - 1);
    }

    @Test
    public void theReferencePageSyncsOnceAndThenStaysInSync() throws IOException {
        CliRun first = sync();
        CliRun second = sync();
        deleteRecursively(state);
        CliRun third = sync();

        assertEquals(first.err, 0, first.exitCode);
        assertEquals("created 10, linked 1, updated 0, transitioned 7, unchanged 0, failed 0", lastLine(first));
        assertTrue(first.out, first.out.contains("DM-12813"));
        assertEquals("created 0, linked 0, updated 0, transitioned 0, unchanged 11, failed 0", lastLine(second));
        assertEquals(0, third.exitCode);
        assertTrue(lastLine(third), lastLine(third).startsWith("created 0, linked 1"));
        assertEquals(13, fake.world().issueCount());
    }

    @Test
    public void afterASyncActionsShowTheirJiraKeys() throws Exception {
        sync();

        CliRun actions = CliRun.run("actions", PAGE, "--users", USERS, "--state", state.toString(), "--format", "csv");

        assertEquals(actions.err, 0, actions.exitCode);
        List<String> rows = actions.out.lines().skip(1).toList();
        assertEquals(11, rows.size());
        assertTrue(rows.get(0), rows.get(0).endsWith(",DM-12814"));
        assertTrue(rows.get(9), rows.get(9).endsWith(",DM-12813"));
    }

    @Test
    public void aDryRunPrintsThePlanAndChangesNothing() {
        CliRun plan = sync("--dry-run");

        assertEquals(
                "would have created 10, linked 1, updated 0, transitioned 7, unchanged 0, failed 0", lastLine(plan));
        assertEquals(3, fake.world().issueCount());
        assertEquals(0, fake.requestCount("POST /rest/api/2/issue/bulk"));
    }

    @Test
    public void aBadTokenIsOneClearMessageAndNothingIsCreated() {
        CliRun run = CliRun.runWith(
                Map.of("JIRA_TOKEN", "wrong"),
                "sync",
                PAGE,
                "--users",
                USERS,
                "--jira",
                fake.baseUrl(),
                "--state",
                state.toString());

        assertEquals(1, run.exitCode);
        assertEquals(run.err, 1, run.err.lines().count());
        assertTrue(run.err, run.err.contains("did not accept the credentials"));
        assertEquals(3, fake.world().issueCount());
    }

    @Test
    public void anUnknownProjectIsNamedAndNothingIsCreated() throws IOException {
        Path page = temp.newFile("nope.xml").toPath();
        Files.writeString(
                page,
                Files.readString(Path.of(PAGE))
                        .replace(
                                "<ac:parameter ac:name=\"project\">DM</ac:parameter>",
                                "<ac:parameter ac:name=\"project\">NOPE</ac:parameter>"));

        CliRun run = syncPage(page.toString());

        assertEquals(1, run.exitCode);
        assertTrue(
                run.err,
                run.err.contains("Jira project NOPE doesn't exist or you don't have permission to view"
                        + " it. Nothing was created."));
        assertEquals(3, fake.world().issueCount());
    }

    @Test
    public void twoSyncsOfOnePageAtOnceMakeNoDuplicate() throws Exception {
        faults.latency(java.time.Duration.ofMillis(20));

        CompletableFuture<CliRun> one = CompletableFuture.supplyAsync(() -> sync());
        CompletableFuture<CliRun> two = CompletableFuture.supplyAsync(() -> sync());
        CliRun a = one.get();
        CliRun b = two.get();

        assertEquals(13, fake.world().issueCount());
        long created = Stream.of(a, b)
                .filter(run -> lastLine(run).startsWith("created 10"))
                .count();
        assertEquals(a.out + b.out, 1, created);
        assertTrue(a.err + " / " + b.err, Stream.of(a, b).allMatch(run -> run.exitCode == 0));
    }

    @Test
    public void aSyncedTaskRemovedFromThePageIsReportedByEverySyncAndItsIssueIsLeftAsItIs() throws IOException {
        Path page = temp.newFile("removal.xml").toPath();
        Files.writeString(
                page,
                oneTask("incomplete", "Write the plan").replace("</ac:task-list>", "")
                        + "<ac:task><ac:task-id>2</ac:task-id><ac:task-status>incomplete</ac:task-status>"
                        + "<ac:task-body>Book the room</ac:task-body></ac:task></ac:task-list>");
        syncPage(page.toString(), "--project", "DM");
        Files.writeString(page, oneTask("incomplete", "Write the plan"));

        CliRun second = syncPage(page.toString(), "--project", "DM");
        CliRun third = syncPage(page.toString(), "--project", "DM");

        for (CliRun run : List.of(second, third)) {
            assertTrue(run.out, run.out.contains("removed    DM-12815: its task was removed from the page"));
            assertTrue(lastLine(run), lastLine(run).startsWith("created 0, linked 0"));
        }
        assertFalse(fake.world().state("DM-12815").orElseThrow().status().isDone());
    }

    @Test
    public void whatJiraSaysIsPrintedWithoutEscapeSequences() throws IOException {
        Path page = temp.newFile("plan.xml").toPath();
        Files.writeString(page, oneTask("incomplete", "Write the plan"));
        CliRun first = syncPage(page.toString(), "--project", "DM");
        assertEquals(first.err, 0, first.exitCode);
        String key = "DM-12814";
        // Jira's side: a summary and a status written by someone hostile.
        FakeJira.dataCenter(fake.world(), "womullane")
                .editIssue(key, IssueChanges.none().withSummary(JiraCheckCommandTest.HOSTILE));
        fake.world().moveTo(key, new IssueStatus(JiraCheckCommandTest.HOSTILE, StatusCategory.IN_PROGRESS));
        // The page's side: the words changed too, and the task ticked.
        Files.writeString(page, oneTask("complete", "Write the whole plan"));

        CliRun second = syncPage(page.toString(), "--project", "DM");

        String shown = "Our Jira: Click here Red Over  now Title ✓";
        assertTrue(
                second.out,
                second.out.contains("conflict: summary changed on the page (Write the whole plan) and in Jira (" + shown
                        + "); kept Jira's"));
        assertTrue(
                second.out,
                second.out.contains(
                        "problem: " + key + ": its workflow has no transition from " + shown + " into a done status"));
        JiraCheckCommandTest.assertNoTerminalControl(second.out + second.err);
    }

    @Test(timeout = 120_000)
    public void aSyncWhileServeHasTheStateDirectoryIsRefusedNamingServeAndChangesNothing() throws Exception {
        Process serve = new ProcessBuilder(
                        Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                        "-cp",
                        System.getProperty("java.class.path"),
                        AgendaCli.class.getName(),
                        "serve",
                        "--port",
                        "0",
                        "--data",
                        state.toString())
                .redirectErrorStream(true)
                .start();
        try {
            BufferedReader console =
                    new BufferedReader(new InputStreamReader(serve.getInputStream(), StandardCharsets.UTF_8));
            String line = console.readLine();
            while (line != null && !line.startsWith("agenda preview: ")) {
                line = console.readLine();
            }
            assertTrue("serve started", line != null);

            CliRun run = sync();

            assertEquals(
                    "agenda: the agenda database in " + state + " is in use by process " + serve.pid()
                            + " (agenda serve), and it can be open in one process at a time: stop that process, or"
                            + " use another directory (--state DIR)",
                    run.err.strip());
            assertEquals(2, run.exitCode);
            assertEquals("nothing was created", 3, fake.world().issueCount());
        } finally {
            serve.destroy();
            assertTrue("serve stopped", serve.waitFor(60, TimeUnit.SECONDS));
        }

        CliRun afterServe = sync();
        assertEquals(afterServe.err, 0, afterServe.exitCode);
    }

    @Test
    public void aJiraUrlHoldingAUserAndPasswordIsRefusedWithoutRepeatingThem() {
        CliRun run = CliRun.runWith(
                Map.of("JIRA_TOKEN", TOKEN),
                "sync",
                PAGE,
                "--jira",
                fake.baseUrl().replace("http://", "http://womullane:hunter2@"),
                "--state",
                state.toString());

        assertEquals(run.err, 2, run.exitCode);
        assertFalse(run.err + run.out, (run.err + run.out).contains("hunter2"));
        assertEquals("nothing was asked", 0, fake.requestCount());
    }

    private static String oneTask(String status, String words) {
        return "<p>Actions</p><ac:task-list><ac:task><ac:task-id>1</ac:task-id><ac:task-status>" + status
                + "</ac:task-status><ac:task-body>" + words + "</ac:task-body></ac:task></ac:task-list>";
    }

    static void deleteRecursively(Path directory) throws IOException {
        try (Stream<Path> walk = Files.walk(directory)) {
            for (Path path : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        }
        assertFalse(Files.exists(directory));
    }
}
