package dev.agenda.preview;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.net.Socket;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import java.util.logging.SimpleFormatter;
import java.util.stream.Stream;
import org.junit.Rule;
import org.junit.Test;
import org.junit.rules.RuleChain;
import org.junit.rules.TemporaryFolder;

/**
 * What the preview host asks Jira for, counted at the fake Jira, and how its REST resources guard changes (its
 * HTTP-level hardening: {@link PreviewHttpHardeningTest}).
 */
public class PreviewRequestsTest {

    private static final String SEARCH = "POST /rest/api/2/search";
    private static final ObjectMapper JSON = new ObjectMapper();

    private final TemporaryFolder folder = new TemporaryFolder();
    private final PreviewFixture preview = new PreviewFixture(folder);

    @Rule
    public final RuleChain rules = RuleChain.outerRule(folder).around(preview);

    @Test
    public void renderingTheReferencePageAsksJiraNothingAndItsStatusCallIsOneSearch() throws Exception {
        long page = preview.pageId(PreviewFixture.REFERENCE_PAGE);

        HttpResponse<String> html = preview.get("pages/" + page);
        assertEquals(200, html.statusCode());
        assertTrue(html.body().contains("data-agenda-live=\"true\""));
        assertEquals("rendering makes no Jira request", 0, preview.jira.requestCount());

        JsonNode statuses = status(page, "");
        assertEquals(
                "the three issues the agendas refer to, read from the page",
                3,
                statuses.get("issues").size());
        assertEquals(1, preview.jira.requestCount(SEARCH));
        assertEquals(
                "besides the search, only the one-time connection (what Jira is)",
                preview.jira.requestCount(SEARCH) + 1,
                preview.jira.requestCount());
        for (JsonNode issue : statuses.get("issues")) {
            if (issue.get("key").asText().equals("DM-12813")) {
                assertEquals("In Progress", issue.get("status").asText());
            }
        }
    }

    @Test
    public void afterASyncAllFourteenStatusesOfThePageStillTakeOneSearch() throws Exception {
        long page = preview.pageId(PreviewFixture.REFERENCE_PAGE);
        HttpResponse<String> synced = post("rest/agenda/1.0/pages/" + page + "/sync", true);
        assertEquals(200, synced.statusCode());
        int searchesBefore = preview.jira.requestCount(SEARCH);

        JsonNode statuses = status(page, "");

        assertEquals(1, preview.jira.requestCount(SEARCH) - searchesBefore);
        assertEquals(
                "11 actions' issues (one is DM-12813) and the two RFCs",
                13,
                statuses.get("issues").size());
        for (JsonNode action : statuses.get("actions")) {
            assertTrue(action.get("jiraKey").asText().matches("DM-\\d+"));
        }
    }

    @Test
    public void eachIssueASyncCreatesLinksBackToThePageOnThisHostsOwnPort() throws Exception {
        long page = preview.pageId(PreviewFixture.REFERENCE_PAGE);
        int port = preview.host.baseUrl().getPort();

        assertEquals(200, post("rest/agenda/1.0/pages/" + page + "/sync", true).statusCode());

        List<String> linked = preview.jira.world().issueKeys().stream()
                .filter(key -> !preview.jira
                        .world()
                        .state(key)
                        .orElseThrow()
                        .remoteLinks()
                        .isEmpty())
                .toList();
        assertEquals("the 11 actions' issues, one of them DM-12813", 11, linked.size());
        for (String key : linked) {
            List<String> urls = preview.jira.world().state(key).orElseThrow().remoteLinks().stream()
                    .map(stored -> stored.link().url())
                    .toList();
            assertEquals(key + " links back to the one page it came from", 1, urls.size());
            assertEquals(
                    "a browser on this machine reaches the page there",
                    "http://localhost:" + port + "/pages/" + page,
                    urls.get(0));
            assertEquals(
                    200,
                    preview.get(urls.get(0).substring(("http://localhost:" + port + "/").length()))
                            .statusCode());
        }
    }

    @Test
    public void changesNeedTheXsrfHeaderAndAStatusReadChangesNothing() throws Exception {
        long page = preview.pageId(PreviewFixture.REFERENCE_PAGE);
        String before = preview.read(PreviewFixture.REFERENCE_PAGE);

        assertEquals(403, post("rest/agenda/1.0/pages/" + page + "/sync", false).statusCode());
        assertEquals(
                403,
                post("rest/agenda/1.0/pages/" + page + "/tasks/3/tick?done=true", false)
                        .statusCode());
        status(page, "");

        assertEquals(before, preview.read(PreviewFixture.REFERENCE_PAGE));
        assertEquals(0, preview.jira.world().issueCount() - seededIssues());
    }

    @Test
    public void confluencesInlineTaskPathSavesATickOnThePageWithoutAskingJiraAndOnlyWithTheXsrfHeader()
            throws Exception {
        long page = preview.pageId(PreviewFixture.REFERENCE_PAGE);
        String before = preview.read(PreviewFixture.REFERENCE_PAGE);
        String checked = "{\"status\": \"CHECKED\", \"trigger\": \"VIEW_PAGE\"}";
        int asked = preview.jira.requestCount();

        assertEquals(
                403,
                postJson("rest/inlinetasks/1/task/" + page + "/3/", checked, false)
                        .statusCode());
        assertEquals("refused, nothing written", before, preview.read(PreviewFixture.REFERENCE_PAGE));

        HttpResponse<String> saved = postJson("rest/inlinetasks/1/task/" + page + "/3/", checked, true);

        assertEquals(saved.body(), 200, saved.statusCode());
        assertTrue(
                "the tick is on the page",
                preview.read(PreviewFixture.REFERENCE_PAGE)
                        .matches("(?s).*<ac:task-id>3</ac:task-id><ac:task-status>complete</ac:task-status>.*"));
        assertEquals("Jira was not asked anything", asked, preview.jira.requestCount());
        HttpResponse<String> missing = postJson("rest/inlinetasks/1/task/" + page + "/999/", checked, true);
        assertEquals(404, missing.statusCode());
        assertTrue(
                missing.body(),
                JSON.readTree(missing.body()).get("message").asText().contains("no task 999"));
        assertEquals(
                400,
                postJson("rest/inlinetasks/1/task/" + page + "/3/", "{\"status\": \"MAYBE\"}", true)
                        .statusCode());
    }

    @Test
    public void theJiraTokenIsNeverInPagesAnswersLogsOrTheStateDatabaseEvenWhenJiraFails() throws Exception {
        long page = preview.pageId(PreviewFixture.REFERENCE_PAGE);
        StringBuilder seen = new StringBuilder();
        Logger root = Logger.getLogger("");
        Level level = root.getLevel();
        Handler logs = new Handler() {
            @Override
            public void publish(LogRecord entry) {
                seen.append(new SimpleFormatter().format(entry));
            }

            @Override
            public void flush() {}

            @Override
            public void close() {}
        };
        logs.setLevel(Level.ALL);
        root.setLevel(Level.ALL);
        root.addHandler(logs);
        try {
            everythingAPersonCouldSee(page, seen);
        } finally {
            root.removeHandler(logs);
            root.setLevel(level);
        }

        assertTrue("the failures were answered", seen.toString().contains("Jira"));
        assertTrue("the host's own logging was captured", seen.toString().contains("org.glassfish"));
        assertTrue(
                "and the app's: the syncs, the one Jira refused",
                seen.toString().contains("dev.agenda.services.sync.PageSyncService"));
        assertTrue("and failed Jira requests", seen.toString().contains("dev.agenda.jira.http.JiraExchange"));
        assertTrue(!seen.toString().contains("preview-pat"));
        try (Stream<Path> files = Files.walk(preview.data)) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                String bytes = new String(Files.readAllBytes(file), StandardCharsets.ISO_8859_1);
                assertTrue(file + " holds the token", !bytes.contains("preview-pat"));
            }
        }
    }

    private void everythingAPersonCouldSee(long page, StringBuilder seen) {
        seen.append(preview.get("").body()).append(preview.get("pages/" + page).body());
        seen.append(post("rest/agenda/1.0/pages/" + page + "/sync", true).body());
        seen.append(preview.get("rest/agenda/1.0/pages/" + page + "/status?keys=NOPE-1,DM-999999")
                .body());
        preview.jira.revokeToken("preview-pat");
        seen.append(preview.get("rest/agenda/1.0/pages/" + page + "/status?keys=RFC-188&refresh=true")
                .body());
        seen.append(post("rest/agenda/1.0/pages/" + page + "/sync", true).body());
        preview.jira.close();
        seen.append(preview.get("rest/agenda/1.0/pages/" + page + "/status?keys=RFC-188&refresh=true")
                .body());
    }

    @Test
    public void aClientOfferingHttp2IsServedAsTheHttp11RequestItAlsoIsWithOrWithoutABody() throws Exception {
        long page = preview.pageId(PreviewFixture.REFERENCE_PAGE);
        // The JDK's default client offers HTTP/2 (Upgrade: h2c) on plain http, as curl --http2 does.
        HttpResponse<String> synced = HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(
                                        preview.host.baseUrl().resolve("rest/agenda/1.0/pages/" + page + "/sync"))
                                .header("X-Atlassian-Token", "no-check")
                                .POST(HttpRequest.BodyPublishers.ofString("{}"))
                                .build(),
                        HttpResponse.BodyHandlers.ofString());
        assertEquals(synced.body(), 200, synced.statusCode());
        assertEquals(
                "the sync ran: ten issues made, one linked",
                seededIssues() + 10,
                preview.jira.world().issueCount());

        try (Socket socket = new Socket("127.0.0.1", preview.host.baseUrl().getPort())) {
            // A bound, not a measurement: before the host declined the offer, this request waited 30 s for a 500.
            socket.setSoTimeout(20_000);
            socket.getOutputStream()
                    .write(("GET /static/agenda.js HTTP/1.1\r\nHost: 127.0.0.1:"
                                    + preview.host.baseUrl().getPort() + "\r\n"
                                    + "Connection: Upgrade, HTTP2-Settings\r\nUpgrade: h2c\r\n"
                                    + "HTTP2-Settings: AAMAAABkAAQCAAAAAAIAAAAA\r\n\r\n")
                            .getBytes(StandardCharsets.US_ASCII));
            String statusLine = new BufferedReader(
                            new InputStreamReader(socket.getInputStream(), StandardCharsets.US_ASCII))
                    .readLine();
            assertEquals("HTTP/1.1 200 OK", statusLine);
        }
    }

    @Test
    public void aTickWhileJiraFailsIsKeptOnThePageAndTheNextSyncMovesItsIssueWithoutANewOne() throws Exception {
        long page = preview.pageId(PreviewFixture.REFERENCE_PAGE);
        assertEquals(200, post("rest/agenda/1.0/pages/" + page + "/sync", true).statusCode());
        String key = trackingKeyOf(status(page, ""), page + "/3");
        int issues = preview.jira.world().issueCount();
        preview.jira.faults().errorRate(1.0);

        HttpResponse<String> tick = post("rest/agenda/1.0/pages/" + page + "/tasks/3/tick?done=true", true);

        assertTrue(
                "the tick is on the page",
                preview.read(PreviewFixture.REFERENCE_PAGE)
                        .matches("(?s).*<ac:task-id>3</ac:task-id><ac:task-status>complete</ac:task-status>.*"));
        assertEquals(200, tick.statusCode());
        assertTrue(
                tick.body(),
                JSON.readTree(tick.body())
                        .get("message")
                        .asText()
                        .matches("Ticked “Propose LDM-542 \\(LSP Design\\) for RFC”; Jira was not changed: "
                                + ".*try again later\\. Jira kept failing for .* \\(\\d+ tries\\).*"));
        assertTrue(
                "Jira could not be moved yet",
                !preview.jira.world().state(key).orElseThrow().status().isDone());

        preview.jira.faults().clear();
        assertEquals(200, post("rest/agenda/1.0/pages/" + page + "/sync", true).statusCode());

        assertTrue(
                "the next sync carried the tick to Jira",
                preview.jira.world().state(key).orElseThrow().status().isDone());
        assertEquals("and made no issue twice", issues, preview.jira.world().issueCount());
    }

    @Test
    public void aKeyThatIsNotAnIssueKeyIsRefusedByName() {
        long page = preview.pageId(PreviewFixture.REFERENCE_PAGE);

        HttpResponse<String> answer = preview.get("rest/agenda/1.0/pages/" + page + "/status?keys=DM-1,drop%20table");

        assertEquals(400, answer.statusCode());
        assertTrue(answer.body(), answer.body().contains("‘drop table’ is not a Jira issue key"));
    }

    private static String trackingKeyOf(JsonNode statuses, String actionId) {
        for (JsonNode action : statuses.get("actions")) {
            if (action.get("id").asText().equals(actionId)) {
                return action.get("jiraKey").asText();
            }
        }
        throw new AssertionError(actionId + " is not among " + statuses.get("actions"));
    }

    private int seededIssues() {
        return 3;
    }

    private JsonNode status(long page, String keys) throws Exception {
        HttpResponse<String> answer = preview.get("rest/agenda/1.0/pages/" + page + "/status?keys=" + keys);
        assertEquals(answer.body(), 200, answer.statusCode());
        return JSON.readTree(answer.body());
    }

    private HttpResponse<String> postJson(String path, String json, boolean withXsrfHeader) {
        HttpRequest.Builder request = HttpRequest.newBuilder(
                        preview.host.baseUrl().resolve(path))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json));
        if (withXsrfHeader) {
            request.header("X-Atlassian-Token", "no-check");
        }
        return preview.send(request.build());
    }

    private HttpResponse<String> post(String path, boolean withXsrfHeader) {
        HttpRequest.Builder request =
                HttpRequest.newBuilder(preview.host.baseUrl().resolve(path)).POST(HttpRequest.BodyPublishers.noBody());
        if (withXsrfHeader) {
            request.header("X-Atlassian-Token", "no-check");
        }
        return preview.send(request.build());
    }
}
