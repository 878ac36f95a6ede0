package dev.agenda.jira.fake;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.agenda.core.tracker.ServerInfo;
import dev.agenda.testing.ManualClock;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import org.junit.After;

/** What the HTTP tests share: a seeded world, a server in either dialect, and a plain JDK HTTP client. */
abstract class HttpFakeTest {

    static final ObjectMapper JSON = new ObjectMapper();
    static final String TOKEN = "fake-test-token";
    static final String EMAIL = "womullane@example.org";

    final HttpClient http =
            HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    final ManualClock clock = new ManualClock(Instant.parse("2017-11-30T17:00:00Z"));
    final FakeJiraWorld world = FakeJiraWorld.seeded(clock);
    FakeJiraHttpServer server;

    FakeJiraHttpServer start(ServerInfo.Deployment deployment) {
        return start(deployment, FaultPlan.none());
    }

    FakeJiraHttpServer start(ServerInfo.Deployment deployment, FaultPlan faults) {
        stop();
        server = FakeJiraHttpServer.start(world, deployment, faults).registerToken("womullane", TOKEN);
        return server;
    }

    @After
    public void stop() {
        if (server != null) {
            server.close();
            server = null;
        }
    }

    static String basic(String email, String token) {
        return "Basic " + Base64.getEncoder().encodeToString((email + ":" + token).getBytes(StandardCharsets.UTF_8));
    }

    /** The credentials the server's dialect expects for womullane. */
    String authorization() {
        return server.deployment() == ServerInfo.Deployment.CLOUD ? basic(EMAIL, TOKEN) : "Bearer " + TOKEN;
    }

    HttpRequest.Builder request(String method, String path, String body, String authorization) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(server.baseUrl() + path))
                .method(
                        method,
                        body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        if (body != null) {
            request.header("Content-Type", "application/json");
        }
        if (authorization != null) {
            request.header("Authorization", authorization);
        }
        return request;
    }

    HttpResponse<String> send(String method, String path, String body, String authorization) throws Exception {
        return http.send(request(method, path, body, authorization).build(), HttpResponse.BodyHandlers.ofString());
    }

    /** A request as womullane, the path relative to the server's API root. */
    HttpResponse<String> call(String method, String apiPath, String body) throws Exception {
        return send(method, server.apiRoot() + apiPath, body, authorization());
    }

    JsonNode json(String method, String apiPath, String body) throws Exception {
        return read(call(method, apiPath, body));
    }

    static JsonNode read(HttpResponse<String> response) throws IOException {
        return JSON.readTree(response.body());
    }
}
