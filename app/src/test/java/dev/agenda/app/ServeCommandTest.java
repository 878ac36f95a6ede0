package dev.agenda.app;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;
import static org.junit.Assume.assumeTrue;

import dev.agenda.jira.JiraClientSettings;
import dev.agenda.testing.ListeningSockets;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.ZoneId;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.Rule;
import org.junit.Test;
import org.junit.rules.TemporaryFolder;
import picocli.CommandLine;

public class ServeCommandTest {

    @Rule
    public final TemporaryFolder folder = new TemporaryFolder();

    private final CompletableFuture<String> address = new CompletableFuture<>();
    private final CompletableFuture<String> swinbanksCode = new CompletableFuture<>();
    private final StringWriter out = new StringWriter() {
        @Override
        public void flush() {
            Matcher matcher =
                    Pattern.compile("agenda preview: (http://localhost:\\d+/)").matcher(toString());
            if (matcher.find()) {
                address.complete(matcher.group(1));
            }
            Matcher link = Pattern.compile("  swinbank: http://localhost:\\d+/sign-in\\?user=swinbank&code=(\\w{32})")
                    .matcher(toString());
            if (link.find()) {
                swinbanksCode.complete(link.group(1));
            }
        }
    };
    private final StringWriter err = new StringWriter();

    @Test
    public void servesTheBundledExampleWithTheDemoJiraUntilStopped() throws Exception {
        Path data = folder.getRoot().toPath().resolve("state");
        CountDownLatch stop = new CountDownLatch(1);
        CompletableFuture<Integer> exit = CompletableFuture.supplyAsync(
                () -> serve(stop, "--port", "0", "--data", data.toString(), "--demo-jira"));

        URI base = URI.create(address.get(30, TimeUnit.SECONDS));
        String index = HttpClient.newHttpClient()
                .send(HttpRequest.newBuilder(base).build(), HttpResponse.BodyHandlers.ofString())
                .body();
        assertTrue(index, index.contains("DM Leadership Team Face-to-Face Meeting, 2017-11-01 to 03"));
        assertTrue("the demo is labelled", index.contains("demo Jira"));
        assertTrue(
                "the bundled example was copied where ticks can go",
                Files.isRegularFile(data.resolve("pages").resolve("dmlt-f2f-2017-11.xml")));

        stop.countDown();
        assertEquals(Integer.valueOf(0), exit.get(30, TimeUnit.SECONDS));
    }

    @Test
    public void theHostItsDatabaseAndTheDemoJiraListenOnLoopbackOnly() throws Exception {
        Optional<Set<InetSocketAddress>> before = ListeningSockets.ofThisProcess();
        assumeTrue("needs Linux's /proc to see this process's sockets", before.isPresent());
        CountDownLatch stop = new CountDownLatch(1);
        CompletableFuture<Integer> exit = CompletableFuture.supplyAsync(() -> serve(
                stop,
                "--port",
                "0",
                "--data",
                folder.getRoot().toPath().resolve("state").toString(),
                "--demo-jira"));

        try {
            address.get(30, TimeUnit.SECONDS);
            Set<InetSocketAddress> opened =
                    new HashSet<>(ListeningSockets.ofThisProcess().orElseThrow());
            opened.removeAll(before.get());

            assertFalse("the host listens", opened.isEmpty());
            assertEquals(
                    "listening beyond loopback",
                    List.of(),
                    opened.stream()
                            .filter(socket -> !socket.getAddress().isLoopbackAddress())
                            .toList());
        } finally {
            stop.countDown();
        }
        assertEquals(Integer.valueOf(0), exit.get(30, TimeUnit.SECONDS));
    }

    @Test
    public void aDataDirectoryOpenToOthersIsClosedToThemAndSoIsTheDatabase() throws Exception {
        Path data = folder.newFolder("state").toPath();
        assumeTrue(
                "needs a file system with POSIX permissions",
                Files.getFileAttributeView(data, PosixFileAttributeView.class) != null);
        Files.setPosixFilePermissions(data, PosixFilePermissions.fromString("rwxr-xr-x"));
        CountDownLatch stop = new CountDownLatch(1);
        CompletableFuture<Integer> exit =
                CompletableFuture.supplyAsync(() -> serve(stop, "--port", "0", "--data", data.toString()));

        try {
            address.get(30, TimeUnit.SECONDS);
            assertEquals("rwx------", PosixFilePermissions.toString(Files.getPosixFilePermissions(data)));
            assertEquals(
                    "rw-------",
                    PosixFilePermissions.toString(Files.getPosixFilePermissions(data.resolve("agenda.mv.db"))));
        } finally {
            stop.countDown();
        }
        assertEquals(Integer.valueOf(0), exit.get(30, TimeUnit.SECONDS));
    }

    @Test
    public void aJiraUrlHoldingAUserAndPasswordIsRefusedWithoutRepeatingThem() {
        int code = serve(
                Map.of("JIRA_TOKEN", "pat"),
                new CountDownLatch(0),
                "--port",
                "0",
                "--data",
                folder.getRoot().toString(),
                "--jira",
                "http://womullane:hunter2@127.0.0.1:1");

        assertEquals(err.toString(), 2, code);
        assertTrue(err.toString(), err.toString().contains("a Jira URL may not hold a user name or password"));
        assertFalse(out.toString() + err, (out.toString() + err).contains("hunter2"));
    }

    @Test
    public void aPersonsTokenWithALineBreakInsideIsRefusedNamingTheirVariableNeverTheToken() {
        int code = serve(
                Map.of("JIRA_TOKEN_WOMULLANE", "wils-first\nwils-second", "JIRA_TOKEN_SWINBANK", "johns-own"),
                new CountDownLatch(0),
                "--port",
                "0",
                "--data",
                folder.getRoot().toString(),
                "--jira",
                "http://127.0.0.1:1",
                "--sign-in",
                "womullane,swinbank");

        assertEquals(err.toString(), 2, code);
        assertTrue(err.toString(), err.toString().contains("JIRA_TOKEN_WOMULLANE is not a usable Jira token"));
        assertFalse(out.toString() + err, (out.toString() + err).contains("wils-"));
    }

    @Test
    public void aRealAndTheDemoJiraTogetherIsAUsageError() {
        int code = serve(
                new CountDownLatch(0),
                "--port",
                "0",
                "--data",
                folder.getRoot().toString(),
                "--demo-jira",
                "--jira",
                "https://jira.example.org");

        assertEquals(2, code);
        assertTrue(err.toString(), err.toString().contains("--jira and --demo-jira cannot be used together"));
    }

    @Test
    public void aDefaultProjectThatIsNoProjectKeyIsAUsageError() {
        int code = serve(
                new CountDownLatch(0),
                "--port",
                "0",
                "--data",
                folder.getRoot().toString(),
                "--demo-jira",
                "--project",
                "dm lsst");

        assertEquals(2, code);
        assertTrue(err.toString(), err.toString().contains("--project takes a Jira project key such as DM"));
        assertTrue(err.toString(), err.toString().contains("not \"dm lsst\""));
    }

    @Test
    public void aDatabaseThatCannotBeReachedAtStartIsSaidPlainly() {
        int code = serve(
                new CountDownLatch(0),
                "--port",
                "0",
                "--data",
                folder.getRoot().toString(),
                "--db",
                "jdbc:postgresql://127.0.0.1:1/agenda?user=agenda&password=secret-pw&connectTimeout=2");

        assertEquals(2, code);
        assertTrue(err.toString(), err.toString().contains("The state database could not be opened"));
        assertTrue("the password is not repeated", !err.toString().contains("secret-pw"));
    }

    @Test
    public void aMissingPagesDirectoryIsSaidPlainly() {
        int code = serve(
                new CountDownLatch(0),
                "--port",
                "0",
                "--data",
                folder.getRoot().toString(),
                "--pages",
                folder.getRoot().toPath().resolve("nope").toString());

        assertEquals(2, code);
        assertTrue(err.toString(), err.toString().contains("does not exist"));
    }

    @Test
    public void withSignInTheConsoleGivesEachPersonTheirLinkAndALinkSignsThatPersonIn() throws Exception {
        CountDownLatch stop = new CountDownLatch(1);
        CompletableFuture<Integer> exit = CompletableFuture.supplyAsync(() -> serve(
                stop,
                "--port",
                "0",
                "--data",
                folder.getRoot().toPath().resolve("state").toString(),
                "--demo-jira",
                "--sign-in",
                "womullane,swinbank"));
        URI base = URI.create(address.get(30, TimeUnit.SECONDS));
        HttpClient http = HttpClient.newHttpClient();

        String code = swinbanksCode.get(30, TimeUnit.SECONDS);
        assertTrue(out.toString(), out.toString().contains("  womullane: http://localhost:"));
        assertEquals(
                "nobody is in without signing in",
                303,
                http.send(HttpRequest.newBuilder(base).build(), HttpResponse.BodyHandlers.ofString())
                        .statusCode());
        HttpResponse<String> signedIn = http.send(
                HttpRequest.newBuilder(base.resolve("sign-in"))
                        .header("Origin", "http://localhost:" + base.getPort())
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString("user=swinbank&code=" + code))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        String session =
                signedIn.headers().firstValue("Set-Cookie").orElseThrow().split(";")[0];
        String index = http.send(
                        HttpRequest.newBuilder(base).header("Cookie", session).build(),
                        HttpResponse.BodyHandlers.ofString())
                .body();

        assertTrue(index, index.contains("Signed in as John Swinbank"));
        stop.countDown();
        assertEquals(Integer.valueOf(0), exit.get(30, TimeUnit.SECONDS));
    }

    @Test
    public void withARealJiraEachPersonSigningInNeedsTheirOwnTokenAndIsToldWhichVariableIsMissing() {
        int code = serve(
                Map.of("JIRA_TOKEN_WOMULLANE", "wils-own-secret", "JIRA_TOKEN", "shared-secret"),
                new CountDownLatch(0),
                "--port",
                "0",
                "--data",
                folder.getRoot().toString(),
                "--jira",
                "https://jira.example.org",
                "--sign-in",
                "womullane,swinbank");

        assertEquals(2, code);
        assertTrue(err.toString(), err.toString().contains("swinbank signs in but JIRA_TOKEN_SWINBANK is not set"));
        assertTrue("no token is repeated", !err.toString().contains("secret"));
    }

    @Test
    public void oneUserAndSignInTogetherIsAUsageError() {
        int code = serve(
                new CountDownLatch(0),
                "--port",
                "0",
                "--data",
                folder.getRoot().toString(),
                "--user",
                "womullane",
                "--sign-in",
                "womullane,swinbank");

        assertEquals(2, code);
        assertTrue(err.toString(), err.toString().contains("--user and --sign-in cannot be used together"));
    }

    @Test
    public void aPersonNamedTwiceOrMissingFromTheUsersIsSaidPlainly() {
        assertEquals(
                2,
                serve(
                        new CountDownLatch(0),
                        "--port",
                        "0",
                        "--data",
                        folder.getRoot().toString(),
                        "--sign-in",
                        "womullane,WOMULLANE"));
        assertTrue(err.toString(), err.toString().contains("--sign-in: WOMULLANE is named twice"));

        assertEquals(
                2,
                serve(
                        new CountDownLatch(0),
                        "--port",
                        "0",
                        "--data",
                        folder.getRoot().toString(),
                        "--demo-jira",
                        "--sign-in",
                        "womullane,swinbnak"));
        assertTrue(
                err.toString(),
                err.toString().contains("swinbnak cannot sign in: ")
                        && err.toString().contains("users.csv has no such username."));
    }

    private int serve(CountDownLatch stop, String... args) {
        return serve(Map.of(), stop, args);
    }

    private int serve(Map<String, String> environment, CountDownLatch stop, String... args) {
        CommandLine commandLine = AgendaCli.commandLine(
                CliRun.NOON_UTC_DAY_ONE, ZoneId.of("UTC"), environment, JiraClientSettings.defaults(), false, stop);
        commandLine.setOut(new PrintWriter(out, true));
        commandLine.setErr(new PrintWriter(err, true));
        String[] serve = new String[args.length + 1];
        serve[0] = "serve";
        System.arraycopy(args, 0, serve, 1, args.length);
        return commandLine.execute(serve);
    }
}
