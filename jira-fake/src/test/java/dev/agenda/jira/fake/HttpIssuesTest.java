package dev.agenda.jira.fake;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.agenda.core.tracker.Description;
import dev.agenda.core.tracker.ServerInfo;
import java.net.http.HttpResponse;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import org.junit.Test;

/** Issues over HTTP: create (one and bulk), read, edit, transitions, remote links, properties, watchers. */
public class HttpIssuesTest extends HttpFakeTest {

    private static String create(String summary, String extraFields) {
        return "{\"fields\":{\"project\":{\"key\":\"DM\"},\"issuetype\":{\"name\":\"Task\"},\"summary\":"
                + JSON.getNodeFactory().textNode(summary) + extraFields + "}}";
    }

    @Test
    public void creatingAnIssueAnswers201WithItsHandle() throws Exception {
        start(ServerInfo.Deployment.DATA_CENTER);

        HttpResponse<String> created = call(
                "POST",
                "/issue",
                create(
                        "Draft the plan",
                        ",\"description\":\"See [the page|https://c.example.org/x]\",\"labels\":[\"meeting-action\"]"));

        assertEquals(201, created.statusCode());
        assertEquals("DM-12814", read(created).path("key").asText());
        assertEquals(
                server.baseUrl() + "/rest/api/2/issue/"
                        + read(created).path("id").asText(),
                read(created).path("self").asText());
        assertEquals(
                Description.of(Description.Paragraph.of(
                        new Description.Text("See "), new Description.Link("the page", "https://c.example.org/x"))),
                world.state("DM-12814").orElseThrow().description());
    }

    @Test
    public void aRefusedIssueIs400WithJirasBodyField() throws Exception {
        start(ServerInfo.Deployment.DATA_CENTER);

        HttpResponse<String> refused = call(
                "POST", "/issue", "{\"fields\":{\"project\":{\"key\":\"DM\"}," + "\"issuetype\":{\"name\":\"Task\"}}}");

        assertEquals(400, refused.statusCode());
        assertEquals(
                JSON.readTree("{\"errorMessages\":[],\"errors\":{\"summary\":\"You must specify a summary of the"
                        + " issue.\"}}"),
                read(refused));
        assertEquals(
                List.of("customfield_1"),
                (iterable(read(call("POST", "/issue", create("x", ",\"customfield_1\":\"y\"")))
                        .path("errors")
                        .fieldNames())));
    }

    @Test
    public void cloudWantsAnAtlassianDocumentAndAnAccountId() throws Exception {
        start(ServerInfo.Deployment.CLOUD);
        String adf = DescriptionCodec.toAdf(Description.of(Description.Paragraph.of(new Description.Text("Hi"))))
                .toString();
        String swinbank = world.user("swinbank").orElseThrow().accountId();

        HttpResponse<String> wiki = call("POST", "/issue", create("x", ",\"description\":\"Hi\""));
        HttpResponse<String> byName = call("POST", "/issue", create("x", ",\"assignee\":{\"name\":\"swinbank\"}"));
        HttpResponse<String> good = call(
                "POST",
                "/issue",
                create("x", ",\"description\":" + adf + ",\"assignee\":{\"accountId\":\"" + swinbank + "\"}"));

        assertEquals(400, wiki.statusCode());
        assertTrue(read(wiki).path("errors").path("description").asText().contains("Atlassian Document"));
        assertEquals(400, byName.statusCode());
        assertEquals(201, good.statusCode());
        JsonNode issue =
                json("GET", "/issue/" + read(good).path("key").asText(), null).path("fields");
        assertEquals("doc", issue.path("description").path("type").asText());
        assertEquals(swinbank, issue.path("assignee").path("accountId").asText());
    }

    @Test
    public void bulkCreateAnswersEachItemAndNamesFailuresByIndex() throws Exception {
        start(ServerInfo.Deployment.DATA_CENTER);
        String good = create("ok", "");
        String bad = create("x".repeat(300), "");

        HttpResponse<String> mixed =
                call("POST", "/issue/bulk", "{\"issueUpdates\":[" + good + "," + bad + "," + good + "]}");
        HttpResponse<String> allBad = call("POST", "/issue/bulk", "{\"issueUpdates\":[" + bad + "]}");
        HttpResponse<String> tooMany = call(
                "POST", "/issue/bulk", "{\"issueUpdates\":[" + String.join(",", Collections.nCopies(51, good)) + "]}");

        assertEquals(201, mixed.statusCode());
        JsonNode body = read(mixed);
        assertEquals(
                List.of("DM-12814", "DM-12815"),
                List.of(
                        body.at("/issues/0/key").asText(),
                        body.at("/issues/1/key").asText()));
        assertEquals(1, body.path("errors").size());
        assertEquals(1, body.at("/errors/0/failedElementNumber").asInt());
        assertEquals(400, body.at("/errors/0/status").asInt());
        assertEquals(
                "Summary must be less than 255 characters.",
                body.at("/errors/0/elementErrors/errors/summary").asText());
        assertTrue(body.at("/errors/0/elementErrors/errorMessages").isArray());
        assertEquals(400, allBad.statusCode());
        assertEquals(0, read(allBad).at("/errors/0/failedElementNumber").asInt());
        assertEquals(400, tooMany.statusCode());
        assertEquals(5, world.issueCount());
    }

    @Test
    public void anIssueReadsWithTheAskedFieldsAndProperties() throws Exception {
        start(ServerInfo.Deployment.DATA_CENTER);
        assertEquals(
                201,
                call("PUT", "/issue/DM-12813/properties/agenda.action", "{\"actionId\":\"42:1\"}")
                        .statusCode());

        JsonNode full = json("GET", "/issue/RFC-243", null);
        JsonNode some = json(
                "GET",
                "/issue/dm-12813?fields=summary,status&fields=assignee" + "&properties=agenda.action,other",
                null);

        assertEquals(
                "Adopt a defined pipeline output dataset.",
                full.at("/fields/description").asText());
        assertTrue(full.at("/fields/duedate").isNull());
        assertEquals("done", full.at("/fields/status/statusCategory/key").asText());
        assertEquals("green", full.at("/fields/status/statusCategory/colorName").asText());
        assertEquals(
                "2017-11-30T17:00:00.000+0000",
                full.at("/fields/statuscategorychangedate").asText());
        assertFalse(full.has("properties"));
        assertEquals(
                List.of("summary", "status", "assignee"),
                (iterable(some.path("fields").fieldNames())));
        assertEquals("gpdf", some.at("/fields/assignee/name").asText());
        assertEquals(JSON.readTree("{\"agenda.action\":{\"actionId\":\"42:1\"}}"), some.path("properties"));
        assertEquals(
                JSON.readTree("{\"errorMessages\":[\"Issue Does Not Exist\"],\"errors\":{}}"),
                read(call("GET", "/issue/DM-999999", null)));
    }

    @Test
    public void editsSetFieldsAndApplyUpdates() throws Exception {
        start(ServerInfo.Deployment.DATA_CENTER);

        HttpResponse<String> edited = call(
                "PUT",
                "/issue/RFC-188",
                "{\"fields\":{\"assignee\":null,"
                        + "\"duedate\":\"2017-12-04\"},\"update\":{\"labels\":[{\"add\":\"meeting-action\"}],"
                        + "\"summary\":[{\"set\":\"Support the releases\"}]}}");
        HttpResponse<String> badDate = call("PUT", "/issue/RFC-188", "{\"fields\":{\"duedate\":\"4 Dec\"}}");

        assertEquals(204, edited.statusCode());
        JsonNode fields = json("GET", "/issue/RFC-188", null).path("fields");
        assertTrue(fields.path("assignee").isNull());
        assertEquals("2017-12-04", fields.path("duedate").asText());
        assertEquals("meeting-action", fields.path("labels").get(0).asText());
        assertEquals("Support the releases", fields.path("summary").asText());
        assertEquals(400, badDate.statusCode());
        assertEquals(
                "Error parsing date string: 4 Dec",
                read(badDate).at("/errors/duedate").asText());
    }

    @Test
    public void transitionsAreListedAndTakenAndAnUnknownOneIs400() throws Exception {
        start(ServerInfo.Deployment.DATA_CENTER);

        JsonNode offered = json("GET", "/issue/DM-12813/transitions", null).path("transitions");
        HttpResponse<String> done = call("POST", "/issue/DM-12813/transitions", "{\"transition\":{\"id\":\"21\"}}");
        HttpResponse<String> again = call("POST", "/issue/DM-12813/transitions", "{\"transition\":{\"id\":\"21\"}}");

        assertEquals(
                List.of("21", "31"),
                List.of(
                        offered.get(0).path("id").asText(),
                        offered.get(1).path("id").asText()));
        assertEquals("done", offered.get(0).at("/to/statusCategory/key").asText());
        assertEquals(204, done.statusCode());
        assertTrue(world.state("DM-12813").orElseThrow().status().isDone());
        assertEquals(400, again.statusCode());
        assertEquals(400, call("POST", "/issue/DM-12813/transitions", "{}").statusCode());
        assertEquals(
                404,
                call("POST", "/issue/DM-1/transitions", "{\"transition\":{\"id\":\"11\"}}")
                        .statusCode());
    }

    @Test
    public void remoteLinksAndPropertiesAnswerCreatedThenUpdated() throws Exception {
        start(ServerInfo.Deployment.DATA_CENTER);
        ObjectNode link = (ObjectNode) JSON.readTree("{\"globalId\":\"agenda:42:7\",\"application\":{\"type\":"
                + "\"dev.agenda\",\"name\":\"Agenda\"},\"relationship\":\"mentioned in\","
                + "\"object\":{\"url\":"
                + "\"https://c.example.org/x\",\"title\":\"DMLT\","
                + "\"icon\":{\"url16x16\":\"https://c.example.org/i.png\"}}}");

        HttpResponse<String> created = call("POST", "/issue/RFC-188/remotelink", link.toString());
        HttpResponse<String> updated = call("POST", "/issue/RFC-188/remotelink", link.toString());
        HttpResponse<String> untitled = call("POST", "/issue/RFC-188/remotelink", "{\"object\":{\"url\":\"u\"}}");

        assertEquals(201, created.statusCode());
        assertEquals(200, updated.statusCode());
        assertEquals(read(created), read(updated));
        assertEquals(
                server.baseUrl() + "/rest/api/2/issue/RFC-188/remotelink/"
                        + read(created).path("id").asLong(),
                read(created).path("self").asText());
        assertEquals(
                Map.of("title", "'title' is required."),
                JSON.convertValue(read(untitled).path("errors"), Map.class));
        assertEquals(
                404,
                call("GET", "/issue/RFC-188/properties/agenda.action", null).statusCode());
        assertEquals(
                201,
                call("PUT", "/issue/RFC-188/properties/agenda.action", "{\"a\":\"1\"}")
                        .statusCode());
        assertEquals(
                200,
                call("PUT", "/issue/RFC-188/properties/agenda.action", "{\"a\":\"2\"}")
                        .statusCode());
        assertEquals(
                "2",
                json("GET", "/issue/RFC-188/properties/agenda.action", null)
                        .at("/value/a")
                        .asText());
    }

    @Test
    public void watchersAreAddedByUsernameOnDataCenterAndAccountIdOnCloud() throws Exception {
        start(ServerInfo.Deployment.DATA_CENTER);
        assertEquals(204, call("POST", "/issue/RFC-243/watchers", "\"ebellm\"").statusCode());
        assertEquals(404, call("POST", "/issue/RFC-243/watchers", "\"nobody\"").statusCode());
        assertEquals(
                400,
                call("POST", "/issue/RFC-243/watchers", "{\"name\":\"ebellm\"}").statusCode());
        JsonNode watchers = json("GET", "/issue/RFC-243/watchers", null);
        assertEquals(1, watchers.path("watchCount").asInt());
        assertEquals("ebellm", watchers.at("/watchers/0/name").asText());

        start(ServerInfo.Deployment.CLOUD);
        assertEquals(404, call("POST", "/issue/RFC-243/watchers", "\"ktl\"").statusCode());
        assertEquals(
                204,
                call(
                                "POST",
                                "/issue/RFC-243/watchers",
                                "\"" + world.user("ktl").orElseThrow().accountId() + "\"")
                        .statusCode());
        assertEquals(
                2,
                json("GET", "/issue/RFC-243/watchers", null).path("watchCount").asInt());
    }

    private static <T> List<T> iterable(java.util.Iterator<T> iterator) {
        List<T> items = new java.util.ArrayList<>();
        iterator.forEachRemaining(items::add);
        return items;
    }
}
