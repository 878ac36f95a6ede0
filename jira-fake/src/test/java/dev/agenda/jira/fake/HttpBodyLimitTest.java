package dev.agenda.jira.fake;

import static org.junit.Assert.assertEquals;

import dev.agenda.core.tracker.ServerInfo;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import org.junit.Test;

/**
 * A request body over the fake's limit is refused whole with a 413 that names the limit, never cut and handled. The
 * bodies are a valid create request padded with JSON whitespace, so a body cut at the limit would still be a valid
 * request and would create an issue.
 */
public class HttpBodyLimitTest extends HttpFakeTest {

    private static final String CREATE =
            "{\"fields\":{\"project\":{\"key\":\"DM\"},\"issuetype\":{\"name\":\"Task\"}," + "\"summary\":\"Padded\"}}";

    @Test
    public void aBodyOverTheLimitIsRefusedWith413NamingTheLimit() throws Exception {
        start(ServerInfo.Deployment.DATA_CENTER);
        int issuesBefore = world.issueCount();

        HttpResponse<String> refused = call("POST", "/issue", padded(FakeJiraHttpServer.MAX_BODY_BYTES + 1));

        assertEquals(413, refused.statusCode());
        assertEquals(
                JSON.readTree("{\"errorMessages\":[\"The request body is larger than the fake Jira's limit of"
                        + " 10485760 bytes (10 MiB).\"],\"errors\":{}}"),
                read(refused));
        assertEquals("nothing was created from the part below the limit", issuesBefore, world.issueCount());
        assertEquals(
                "the connection still answers",
                200,
                call("GET", "/myself", null).statusCode());
    }

    @Test
    public void aBodyOfExactlyTheLimitIsHandled() throws Exception {
        start(ServerInfo.Deployment.CLOUD);

        HttpResponse<String> created = call("POST", "/issue", padded(FakeJiraHttpServer.MAX_BODY_BYTES));

        assertEquals(created.body(), 201, created.statusCode());
        assertEquals(
                "Padded",
                world.state(read(created).path("key").asText()).orElseThrow().summary());
    }

    /** The create request followed by spaces, {@code length} bytes in all. */
    private static String padded(int length) {
        int padding = length - CREATE.getBytes(StandardCharsets.UTF_8).length;
        return CREATE + " ".repeat(padding);
    }
}
