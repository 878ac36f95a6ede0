package dev.agenda.jira.fake;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.agenda.core.tracker.Description;
import dev.agenda.core.tracker.NewIssue;
import dev.agenda.core.tracker.ServerInfo;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.Test;

/** JQL search over HTTP: Data Center paging by startAt, Cloud paging by token, validation, and refusals. */
public class HttpSearchTest extends HttpFakeTest {

    private static final String KEYS_WITH_MISSING = "key in (RFC-243, NOPE-1, DM-12813, DM-1)";

    /** Creates issues in DM, in memory over the same world, labelled and with a property. */
    private void createInDm(int count) {
        NewIssue issue = new NewIssue(
                "DM",
                "Task",
                "An action",
                Description.of(),
                Optional.empty(),
                Optional.empty(),
                List.of("meeting-action"),
                Map.of("agenda.action", Map.of("actionId", "42")));
        FakeJira.dataCenter(world, "womullane")
                .createIssues(Collections.nCopies(count, issue))
                .forEach(result -> assertTrue(result.isOk()));
    }

    @Test
    public void dataCenterPagesByStartAtThroughEveryPage() throws Exception {
        start(ServerInfo.Deployment.DATA_CENTER);
        createInDm(4);
        List<String> keys = new ArrayList<>();
        int pages = 0;
        int total;
        do {
            JsonNode page = json(
                    "POST",
                    "/search",
                    "{\"jql\":\"project = DM ORDER BY key\",\"startAt\":" + keys.size()
                            + ",\"maxResults\":2,\"fields\":[\"summary\"]}");
            assertEquals(2, page.path("maxResults").asInt());
            page.path("issues").forEach(issue -> keys.add(issue.path("key").asText()));
            total = page.path("total").asInt();
            pages++;
        } while (keys.size() < total);

        assertEquals(3, pages);
        assertEquals(List.of("DM-12813", "DM-12814", "DM-12815", "DM-12816", "DM-12817"), keys);
    }

    @Test
    public void dataCenterNeverAnswersMoreThanAHundredAPage() throws Exception {
        start(ServerInfo.Deployment.DATA_CENTER);
        createInDm(105);

        JsonNode page = json("POST", "/search", "{\"jql\":\"labels = meeting-action\",\"maxResults\":1000}");

        assertEquals(100, page.path("maxResults").asInt());
        assertEquals(100, page.path("issues").size());
        assertEquals(105, page.path("total").asInt());
    }

    @Test
    public void dataCenterRefusesMissingKeysUnlessAskedToWarn() throws Exception {
        start(ServerInfo.Deployment.DATA_CENTER);

        HttpResponse<String> strict = call("POST", "/search", "{\"jql\":\"" + KEYS_WITH_MISSING + "\"}");
        JsonNode warn = json("POST", "/search", "{\"jql\":\"" + KEYS_WITH_MISSING + "\",\"validateQuery\":\"warn\"}");
        JsonNode lenient = json("POST", "/search", "{\"jql\":\"" + KEYS_WITH_MISSING + "\",\"validateQuery\":false}");

        assertEquals(400, strict.statusCode());
        assertEquals(
                JSON.readTree("{\"errorMessages\":[\"An issue with key 'NOPE-1' does not exist for field 'key'.\","
                        + "\"An issue with key 'DM-1' does not exist for field 'key'.\"],\"errors\":{}}"),
                read(strict));
        assertEquals(List.of("DM-12813", "RFC-243"), keys(warn));
        assertEquals(read(strict).path("errorMessages"), warn.path("warningMessages"));
        assertEquals(keys(warn), keys(lenient));
    }

    @Test
    public void jqlOutsideTheSubsetIs400WithAMessage() throws Exception {
        start(ServerInfo.Deployment.DATA_CENTER);

        HttpResponse<String> answer = call("POST", "/search", "{\"jql\":\"project = RFC OR labels = x\"}");

        assertEquals(400, answer.statusCode());
        assertTrue(read(answer).path("errorMessages").get(0).asText().contains("'OR' is not expected here"));
        assertEquals(
                1,
                json("GET", "/search?jql=issuekey%20in%20(RFC-188)&fields=summary", null)
                        .path("issues")
                        .size());
    }

    @Test
    public void cloudPagesByTokenThroughEveryPageWithPropertiesOnTheIssues() throws Exception {
        start(ServerInfo.Deployment.CLOUD);
        createInDm(4);
        List<String> keys = new ArrayList<>();
        String token = null;
        int pages = 0;
        do {
            JsonNode page = json(
                    "POST",
                    "/search/jql",
                    "{\"jql\":\"labels = \\\"meeting-action\\\"\",\"maxResults\":2,"
                            + "\"fields\":[\"summary\"],\"properties\":[\"agenda.action\"]"
                            + (token == null ? "" : ",\"nextPageToken\":\"" + token + "\"") + "}");
            assertFalse(page.has("total"));
            page.path("issues").forEach(issue -> {
                keys.add(issue.path("key").asText());
                assertEquals(
                        "42", issue.at("/properties/agenda.action/actionId").asText());
            });
            token = page.path("isLast").asBoolean()
                    ? null
                    : page.path("nextPageToken").asText();
            pages++;
        } while (token != null);

        assertEquals(2, pages);
        assertEquals(List.of("DM-12814", "DM-12815", "DM-12816", "DM-12817"), keys);
    }

    @Test
    public void cloudSearchIsStrictGivesIdsByDefaultAndRefusesTheOldResource() throws Exception {
        start(ServerInfo.Deployment.CLOUD);

        HttpResponse<String> missing =
                call("POST", "/search/jql", "{\"jql\":\"" + KEYS_WITH_MISSING + "\",\"validateQuery\":\"warn\"}");
        JsonNode ids = json("GET", "/search/jql?jql=project%20%3D%20RFC", null);
        HttpResponse<String> old = call("POST", "/search", "{\"jql\":\"project = RFC\"}");
        HttpResponse<String> unbounded = call("POST", "/search/jql", "{\"jql\":\"ORDER BY key\"}");
        HttpResponse<String> forged =
                call("POST", "/search/jql", "{\"jql\":\"project = RFC\",\"nextPageToken\":\"x\"}");

        assertEquals(400, missing.statusCode());
        assertEquals(2, read(missing).path("errorMessages").size());
        assertEquals(JSON.readTree("[{\"id\":\"20001\"},{\"id\":\"20002\"}]"), ids.path("issues"));
        assertEquals(410, old.statusCode());
        assertEquals(400, unbounded.statusCode());
        assertEquals(400, forged.statusCode());
    }

    private static List<String> keys(JsonNode page) {
        List<String> keys = new ArrayList<>();
        page.path("issues").forEach(issue -> keys.add(issue.path("key").asText()));
        return keys;
    }
}
