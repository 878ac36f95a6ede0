package dev.agenda.app;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import dev.agenda.core.tracker.ServerInfo;
import dev.agenda.jira.fake.FakeJiraHttpServer;
import dev.agenda.jira.fake.FakeJiraWorld;
import dev.agenda.jira.fake.FaultPlan;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.junit.After;
import org.junit.Before;
import org.junit.Rule;
import org.junit.Test;
import org.junit.rules.TemporaryFolder;

/**
 * A sync process killed between Jira creating the issues and the process writing its state: the next sync finds the
 * issues by the handles the create request wrote, and creates nothing twice. The kill is real ({@code destroyForcibly}
 * on a child JVM); a proxy in front of the fake Jira lets the bulk create reach Jira and holds back its answer, so the
 * kill falls exactly in the window that matters.
 */
public class SyncCrashTest {

    @Rule
    public final TemporaryFolder temp = new TemporaryFolder();

    private FakeJiraHttpServer fake;
    private HttpServer proxy;
    private final CountDownLatch bulkCreated = new CountDownLatch(1);
    private final CountDownLatch released = new CountDownLatch(1);
    private final HttpClient http = HttpClient.newHttpClient();

    @Before
    public void start() throws IOException {
        fake = FakeJiraHttpServer.start(
                        FakeJiraWorld.seeded(CliRun.NOON_UTC_DAY_ONE),
                        ServerInfo.Deployment.DATA_CENTER,
                        FaultPlan.none())
                .registerToken("womullane", SyncCommandTest.TOKEN);
        proxy = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        proxy.createContext("/", this::forward);
        proxy.setExecutor(Executors.newCachedThreadPool());
        proxy.start();
    }

    @After
    public void stop() {
        released.countDown();
        proxy.stop(0);
        fake.close();
    }

    private void forward(HttpExchange exchange) throws IOException {
        try (exchange) {
            byte[] body = exchange.getRequestBody().readAllBytes();
            HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(fake.baseUrl() + exchange.getRequestURI()))
                    .method(
                            exchange.getRequestMethod(),
                            body.length == 0
                                    ? HttpRequest.BodyPublishers.noBody()
                                    : HttpRequest.BodyPublishers.ofByteArray(body));
            for (String header : List.of("Authorization", "Content-Type", "Accept")) {
                String value = exchange.getRequestHeaders().getFirst(header);
                if (value != null) {
                    request.header(header, value);
                }
            }
            HttpResponse<byte[]> response = http.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
            if (exchange.getRequestURI().getPath().endsWith("/issue/bulk")) {
                bulkCreated.countDown();
                released.await();
            }
            exchange.getResponseHeaders().add("Content-Type", "application/json");
            exchange.sendResponseHeaders(
                    response.statusCode(), response.body().length == 0 ? -1 : response.body().length);
            if (response.body().length > 0) {
                try (OutputStream out = exchange.getResponseBody()) {
                    out.write(response.body());
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Test
    public void aSyncKilledAfterCreatingAndBeforeRecordingIsCompletedByTheNextWithoutDuplicates() throws Exception {
        Path state = temp.newFolder("state").toPath();
        ProcessBuilder child = new ProcessBuilder(
                        Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                        "-cp",
                        System.getProperty("java.class.path"),
                        AgendaCli.class.getName(),
                        "sync",
                        SyncCommandTest.PAGE,
                        "--users",
                        SyncCommandTest.USERS,
                        "--jira",
                        "http://127.0.0.1:" + proxy.getAddress().getPort(),
                        "--state",
                        state.toString())
                .redirectErrorStream(true)
                .redirectOutput(temp.newFile("child.log"));
        child.environment().put("JIRA_TOKEN", SyncCommandTest.TOKEN);
        Process process = child.start();

        assertTrue("the child reached the bulk create", bulkCreated.await(60, TimeUnit.SECONDS));
        process.destroyForcibly();
        assertTrue(process.waitFor(30, TimeUnit.SECONDS));
        assertEquals(
                "Jira made the ten issues; the child never heard",
                13,
                fake.world().issueCount());

        CliRun rerun = CliRun.runWith(
                Map.of("JIRA_TOKEN", SyncCommandTest.TOKEN),
                "sync",
                SyncCommandTest.PAGE,
                "--users",
                SyncCommandTest.USERS,
                "--jira",
                fake.baseUrl(),
                "--state",
                state.toString());

        assertEquals(rerun.out + rerun.err, 0, rerun.exitCode);
        assertTrue(
                rerun.out,
                rerun.out
                        .lines()
                        .reduce((a, b) -> b)
                        .orElseThrow()
                        .startsWith("created 0, linked 0, updated 0, transitioned 7"));
        assertEquals(13, fake.world().issueCount());
    }
}
