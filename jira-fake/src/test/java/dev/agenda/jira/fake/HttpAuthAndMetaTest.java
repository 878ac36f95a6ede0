package dev.agenda.jira.fake;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.agenda.core.tracker.ServerInfo;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import org.junit.Test;

/** Authentication, server info, projects, create metadata and users over HTTP, in both dialects. */
public class HttpAuthAndMetaTest extends HttpFakeTest {

    private static final String NOT_AUTHENTICATED = "{\"errorMessages\":[\"You are not authenticated. Authentication"
            + " required to perform this operation.\"],\"errors\":{}}";

    @Test
    public void dataCenterWantsARegisteredBearerToken() throws Exception {
        start(ServerInfo.Deployment.DATA_CENTER);

        HttpResponse<String> none = send("GET", "/rest/api/2/myself", null, null);
        assertEquals(401, none.statusCode());
        assertEquals(JSON.readTree(NOT_AUTHENTICATED), read(none));
        assertEquals(
                401, send("GET", "/rest/api/2/myself", null, "Bearer wrong").statusCode());
        assertEquals(
                401,
                send("GET", "/rest/api/2/myself", null, basic(EMAIL, TOKEN)).statusCode());
        assertEquals(
                401, send("GET", "/rest/api/2/serverInfo", null, "Bearer wrong").statusCode());
        assertEquals(200, send("GET", "/rest/api/2/serverInfo", null, null).statusCode());
        HttpResponse<String> me = call("GET", "/myself", null);
        assertEquals("womullane", read(me).path("name").asText());
        assertEquals("womullane", me.headers().firstValue("X-AUSERNAME").orElseThrow());
    }

    @Test
    public void cloudWantsTheTokenOwnersEmailAndTokenAsBasic() throws Exception {
        start(ServerInfo.Deployment.CLOUD);

        assertEquals(
                401,
                send("GET", "/rest/api/3/myself", null, basic("swinbank@example.org", TOKEN))
                        .statusCode());
        assertEquals(
                401,
                send("GET", "/rest/api/3/myself", null, basic(EMAIL, "wrong")).statusCode());
        assertEquals(
                401, send("GET", "/rest/api/3/myself", null, "Bearer " + TOKEN).statusCode());
        JsonNode me = json("GET", "/myself", null);
        assertTrue(me.path("accountId").asText().startsWith("5b10"));
        assertFalse("Cloud has no usernames", me.has("name"));
        server.revokeToken(TOKEN);
        assertEquals(401, call("GET", "/myself", null).statusCode());
    }

    @Test
    public void serverInfoSaysWhichDeploymentAndCloudAnswersItOnV2Too() throws Exception {
        start(ServerInfo.Deployment.DATA_CENTER);
        assertEquals(
                "DataCenter",
                read(send("GET", "/rest/api/2/serverInfo", null, null))
                        .path("deploymentType")
                        .asText());

        start(ServerInfo.Deployment.CLOUD);
        assertEquals(
                "Cloud",
                read(send("GET", "/rest/api/2/serverInfo", null, null))
                        .path("deploymentType")
                        .asText());
        assertEquals(
                "Cloud", json("GET", "/serverInfo", null).path("deploymentType").asText());
        assertEquals(
                404, send("GET", "/rest/api/2/myself", null, authorization()).statusCode());
        assertEquals(1, server.requestCount("GET /rest/api/2/serverInfo"));
    }

    @Test
    public void aHiddenProjectAnswersExactlyLikeAMissingOne() throws Exception {
        start(ServerInfo.Deployment.DATA_CENTER);
        world.hideProject("womullane", "RFC");

        HttpResponse<String> hidden = call("GET", "/project/RFC", null);
        HttpResponse<String> missing = call("GET", "/project/NOPE", null);

        assertEquals(404, hidden.statusCode());
        assertEquals(
                JSON.readTree("{\"errorMessages\":[\"No project could be found with key 'RFC'.\"]," + "\"errors\":{}}"),
                read(hidden));
        assertEquals(
                read(missing).toString().replace("NOPE", "RFC"), read(hidden).toString());
        assertEquals(
                "Data Management", json("GET", "/project/DM", null).path("name").asText());
        assertEquals(404, call("GET", "/issue/RFC-188", null).statusCode());
    }

    @Test
    public void dataCenterPagesIssueTypesUnderValues() throws Exception {
        start(ServerInfo.Deployment.DATA_CENTER);
        List<String> names = new ArrayList<>();
        JsonNode page;
        int startAt = 0;
        do {
            page = json("GET", "/issue/createmeta/DM/issuetypes?startAt=" + startAt + "&maxResults=3", null);
            page.path("values").forEach(type -> names.add(type.path("name").asText()));
            startAt += page.path("values").size();
        } while (!page.path("isLast").asBoolean());

        assertEquals(List.of("Task", "Bug", "Story", "Sub-task"), names);
        assertEquals(4, page.path("total").asInt());
        assertTrue(page.path("values").get(0).path("subtask").asBoolean());
        assertEquals(400, call("GET", "/issue/createmeta/NOPE/issuetypes", null).statusCode());
    }

    @Test
    public void cloudPagesIssueTypesUnderIssueTypesAndCapsThePage() throws Exception {
        start(ServerInfo.Deployment.CLOUD);

        JsonNode page = json("GET", "/issue/createmeta/DM/issuetypes", null);
        HttpResponse<String> tooMany = call("GET", "/issue/createmeta/DM/issuetypes?maxResults=201", null);

        assertEquals(4, page.path("issueTypes").size());
        assertEquals(4, page.path("total").asInt());
        assertFalse(page.has("values"));
        assertEquals(400, tooMany.statusCode());
        assertEquals(
                "Parameter 'maxResults' must not exceed the limit '200'",
                read(tooMany).path("errorMessages").get(0).asText());
    }

    @Test
    public void usersAreFoundByTheDeploymentsIdentifiers() throws Exception {
        start(ServerInfo.Deployment.DATA_CENTER);
        assertEquals(
                "JIRAUSER10001",
                json("GET", "/user?username=swinbank", null).path("key").asText());
        assertEquals(
                "swinbank",
                json("GET", "/user?key=JIRAUSER10001", null).path("name").asText());
        assertEquals(404, call("GET", "/user?username=nobody", null).statusCode());
        assertEquals(
                "gpdf",
                json("GET", "/user/search?username=gpdf%40example.org", null)
                        .get(0)
                        .path("name")
                        .asText());
        assertEquals(
                "John, Jenness, Jim, Juric",
                4,
                json("GET", "/user/search?username=j", null).size());
        assertEquals(400, call("GET", "/user/search", null).statusCode());

        start(ServerInfo.Deployment.CLOUD);
        String accountId = world.user("ktl").orElseThrow().accountId();
        assertEquals(
                "Kian-Tat Lim",
                json("GET", "/user?accountId=" + accountId, null)
                        .path("displayName")
                        .asText());
        assertEquals(404, call("GET", "/user?accountId=ktl", null).statusCode());
        assertEquals(
                accountId,
                json("GET", "/user/search?query=ktl%40example.org", null)
                        .get(0)
                        .path("accountId")
                        .asText());
    }
}
