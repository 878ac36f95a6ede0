package dev.agenda.jira.fake;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.agenda.core.tracker.ServerInfo;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.CompletableFuture;
import org.junit.After;
import org.junit.Test;

/** The fake served over HTTP, spoken to with a plain HTTP client. */
public class FakeJiraHttpServerTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String TOKEN = "fake-test-token";

    private final HttpClient http = HttpClient.newHttpClient();
    private final FakeJiraWorld world = FakeJiraWorld.seeded(Clock.fixed(Instant.parse("2017-11-30T17:00:00Z"),
            ZoneOffset.UTC));
    private FakeJiraHttpServer server;

    private FakeJiraHttpServer start(ServerInfo.Deployment deployment, FaultPlan faults) {
        server = FakeJiraHttpServer.start(world, deployment, faults).registerToken("womullane", TOKEN);
        return server;
    }

    @After
    public void stop() {
        if (server != null) {
            server.close();
        }
    }

    private HttpResponse<String> send(String method, String path, String body, String authorization)
            throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(server.baseUrl() + path))
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(body)).header("Content-Type", "application/json");
        if (authorization != null) {
            request.header("Authorization", authorization);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> dc(String method, String path, String body) throws Exception {
        return send(method, path, body, "Bearer " + TOKEN);
    }

    private HttpResponse<String> cloud(String method, String path, String body) throws Exception {
        return send(method, path, body, "Basic " + Base64.getEncoder()
                .encodeToString(("womullane@example.org:" + TOKEN).getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    public void requestsWithoutAKnownTokenAreNotAuthenticated() throws Exception {
        start(ServerInfo.Deployment.DATA_CENTER, FaultPlan.none());

        assertEquals(401, send("GET", "/rest/api/2/myself", null, null).statusCode());
        assertEquals(401, send("GET", "/rest/api/2/myself", null, "Bearer wrong").statusCode());
        assertEquals(200, send("GET", "/rest/api/2/serverInfo", null, null).statusCode());
        assertEquals("womullane", JSON.readTree(dc("GET", "/rest/api/2/myself", null).body()).path("name").asText());
    }

    @Test
    public void cloudChecksTheEmailWithTheTokenAndAnswersDetectionUnderApi2() throws Exception {
        start(ServerInfo.Deployment.CLOUD, FaultPlan.none());

        JsonNode me = JSON.readTree(cloud("GET", "/rest/api/3/myself", null).body());
        HttpResponse<String> wrongEmail = send("GET", "/rest/api/3/myself", null, "Basic " + Base64.getEncoder()
                .encodeToString(("swinbank@example.org:" + TOKEN).getBytes(StandardCharsets.UTF_8)));

        assertTrue(me.has("accountId"));
        assertFalse(me.has("name"));
        assertEquals(401, wrongEmail.statusCode());
        assertEquals("Cloud", JSON.readTree(send("GET", "/rest/api/2/serverInfo", null, null).body())
                .path("deploymentType").asText());
        assertEquals(410, cloud("POST", "/rest/api/3/search", "{\"jql\":\"project = DM\"}").statusCode());
    }

    @Test
    public void bulkCreateReportsEachFailedElementByItsIndex() throws Exception {
        start(ServerInfo.Deployment.DATA_CENTER, FaultPlan.none());
        String good = "{\"fields\":{\"project\":{\"key\":\"DM\"},\"issuetype\":{\"name\":\"Task\"},\"summary\":\"Ok\"}}";
        String bad = "{\"fields\":{\"project\":{\"key\":\"DM\"},\"issuetype\":{\"name\":\"Task\"}}}";

        JsonNode body = JSON.readTree(dc("POST", "/rest/api/2/issue/bulk",
                "{\"issueUpdates\":[" + good + "," + bad + "," + good + "]}").body());

        assertEquals(2, body.path("issues").size());
        assertEquals(1, body.path("errors").get(0).path("failedElementNumber").asInt());
        assertTrue(body.path("errors").get(0).path("elementErrors").path("errors").has("summary"));
        String tooMany = String.join(",", java.util.Collections.nCopies(51, good));
        assertEquals(400, dc("POST", "/rest/api/2/issue/bulk", "{\"issueUpdates\":[" + tooMany + "]}").statusCode());
    }

    @Test
    public void dataCenterSearchPagesByStartAt() throws Exception {
        start(ServerInfo.Deployment.DATA_CENTER, FaultPlan.none());
        List<String> keys = new ArrayList<>();
        for (int startAt = 0; startAt < 10; startAt += 2) {
            JsonNode real = JSON.readTree(dc("POST", "/rest/api/2/search", "{\"jql\":\"key in (RFC-188, RFC-243,"
                    + " DM-12813) ORDER BY key\",\"startAt\":" + startAt + ",\"maxResults\":2}").body());
            assertEquals(3, real.path("total").asInt());
            real.path("issues").forEach(issue -> keys.add(issue.path("key").asText()));
            if (startAt + 2 >= real.path("total").asInt()) {
                break;
            }
        }
        assertEquals(List.of("DM-12813", "RFC-188", "RFC-243"), keys);
    }

    @Test
    public void jqlItCannotReadIsA400WithAMessage() throws Exception {
        start(ServerInfo.Deployment.DATA_CENTER, FaultPlan.none());

        HttpResponse<String> answer = dc("POST", "/rest/api/2/search", "{\"jql\":\"project = RFC OR x\"}");

        assertEquals(400, answer.statusCode());
        assertTrue(JSON.readTree(answer.body()).path("errorMessages").size() > 0);
    }

    @Test
    public void cloudSearchPagesByToken() throws Exception {
        start(ServerInfo.Deployment.CLOUD, FaultPlan.none());
        List<String> keys = new ArrayList<>();
        String token = null;
        int pages = 0;
        do {
            String body = "{\"jql\":\"key in (RFC-188, RFC-243, DM-12813)\",\"maxResults\":2"
                    + (token == null ? "" : ",\"nextPageToken\":\"" + token + "\"") + "}";
            JsonNode page = JSON.readTree(cloud("POST", "/rest/api/3/search/jql", body).body());
            page.path("issues").forEach(issue -> keys.add(issue.path("key").asText()));
            token = page.path("isLast").asBoolean() ? null : page.path("nextPageToken").asText();
            pages++;
        } while (token != null);

        assertEquals(2, pages);
        assertEquals(List.of("DM-12813", "RFC-188", "RFC-243"), keys);
    }

    @Test
    public void rateLimitingAnswers429WithRetryAfterThenRecovers() throws Exception {
        start(ServerInfo.Deployment.DATA_CENTER, new FaultPlan(new SplittableRandom(1))
                .rateLimitNext(2, Duration.ofSeconds(7)));

        HttpResponse<String> first = dc("GET", "/rest/api/2/myself", null);
        HttpResponse<String> second = dc("GET", "/rest/api/2/myself", null);
        HttpResponse<String> third = dc("GET", "/rest/api/2/myself", null);

        assertEquals(429, first.statusCode());
        assertEquals("7", first.headers().firstValue("Retry-After").orElseThrow());
        assertEquals(429, second.statusCode());
        assertEquals(200, third.statusCode());
        assertEquals(3, server.requestCount("GET /rest/api/2/myself"));
    }

    @Test
    public void theErrorRateIsRepeatableWithTheSameSeed() throws Exception {
        List<Integer> firstRun = statuses(new FaultPlan(new SplittableRandom(42)).errorRate(0.5));
        stop();
        List<Integer> secondRun = statuses(new FaultPlan(new SplittableRandom(42)).errorRate(0.5));

        assertEquals(firstRun, secondRun);
        assertTrue(firstRun.toString(), firstRun.contains(200));
        assertTrue(firstRun.toString(), firstRun.stream().anyMatch(status -> status >= 500));
    }

    private List<Integer> statuses(FaultPlan faults) throws Exception {
        start(ServerInfo.Deployment.DATA_CENTER, faults);
        List<Integer> statuses = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            statuses.add(dc("GET", "/rest/api/2/project/DM", null).statusCode());
        }
        return statuses;
    }

    @Test
    public void latencyDelaysAnswersOnTheSchedulerWithoutBlockingOthers() throws Exception {
        start(ServerInfo.Deployment.DATA_CENTER, new FaultPlan(new SplittableRandom(1))
                .latency(Duration.ofMillis(200)));

        List<CompletableFuture<HttpResponse<String>>> answers = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            answers.add(http.sendAsync(HttpRequest.newBuilder(URI.create(server.baseUrl() + "/rest/api/2/myself"))
                    .header("Authorization", "Bearer " + TOKEN).build(), HttpResponse.BodyHandlers.ofString()));
        }
        for (CompletableFuture<HttpResponse<String>> answer : answers) {
            assertEquals(200, answer.get().statusCode());
        }
        assertEquals(8, server.requestCount("GET /rest/api/2/myself"));
    }

    @Test
    public void propertiesAndRemoteLinksAnswerCreatedThenUpdated() throws Exception {
        start(ServerInfo.Deployment.DATA_CENTER, FaultPlan.none());
        String link = "{\"globalId\":\"agenda:42:7\",\"object\":{\"url\":\"https://c.example.org/x\",\"title\":\"M\"}}";

        assertEquals(404, dc("GET", "/rest/api/2/issue/RFC-188/properties/agenda.action", null).statusCode());
        assertEquals(201, dc("PUT", "/rest/api/2/issue/RFC-188/properties/agenda.action", "{\"a\":\"1\"}")
                .statusCode());
        assertEquals(200, dc("PUT", "/rest/api/2/issue/RFC-188/properties/agenda.action", "{\"a\":\"2\"}")
                .statusCode());
        assertEquals(201, dc("POST", "/rest/api/2/issue/RFC-188/remotelink", link).statusCode());
        assertEquals(200, dc("POST", "/rest/api/2/issue/RFC-188/remotelink", link).statusCode());
        assertEquals(1, JSON.readTree(dc("GET", "/rest/api/2/issue/RFC-188/remotelink", null).body()).size());
        assertEquals("No project could be found with key 'NOPE'.", JSON.readTree(
                dc("GET", "/rest/api/2/project/NOPE", null).body()).path("errorMessages").get(0).asText());
    }
}
