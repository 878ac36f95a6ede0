package dev.agenda.jira;

import static dev.agenda.jira.testing.ScriptedTransport.json;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.agenda.core.tracker.Issue;
import dev.agenda.core.tracker.Result;
import dev.agenda.core.tracker.TrackerError;
import dev.agenda.jira.http.RetryPolicy;
import dev.agenda.jira.testing.ScriptedTransport;
import dev.agenda.jira.transport.JiraRequest;
import dev.agenda.jira.wire.CloudDialect;
import dev.agenda.jira.wire.DataCenterDialect;
import dev.agenda.testing.ManualClock;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.IntStream;
import org.junit.Test;

/** Search over a scripted Jira that knows the issues of project DM and no project NOPE. */
public class SearchTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Pattern KEY = Pattern.compile("([A-Z]+-\\d+)");

    private final ScriptedTransport transport = new ScriptedTransport();
    private final ManualClock clock = new ManualClock(Instant.parse("2026-11-29T10:00:00Z"));

    private JiraRestIssueTracker dataCenter() {
        return new JiraRestIssueTracker(transport, new DataCenterDialect(), settings());
    }

    private JiraRestIssueTracker cloud() {
        return new JiraRestIssueTracker(transport, new CloudDialect(), settings());
    }

    private JiraClientSettings settings() {
        return new JiraClientSettings(RetryPolicy.defaults(), clock, clock, new SplittableRandom(1));
    }

    @Test
    public void dataCenterPagesWithStartAtUntilTotal() {
        List<String> all = IntStream.rangeClosed(1, 5).mapToObj(n -> "DM-" + n).toList();
        transport.route("POST", "/rest/api/2/search", request -> {
            JsonNode body = body(request);
            int startAt = body.path("startAt").asInt();
            List<String> page = all.subList(startAt, Math.min(all.size(), startAt + 2));
            return json(
                    200,
                    page(page)
                            .put("startAt", startAt)
                            .put("maxResults", 2)
                            .put("total", all.size())
                            .toString());
        });

        Result<List<Issue>> result = dataCenter().issuesWithLabel("meeting-action", List.of());

        assertEquals(all, result.value().stream().map(Issue::key).toList());
        List<Integer> starts = transport.requests().stream()
                .map(r -> body(r).path("startAt").asInt())
                .toList();
        assertEquals(List.of(0, 2, 4), starts);
        assertEquals(
                "labels = \"meeting-action\" ORDER BY key ASC",
                body(transport.requests().get(0)).path("jql").asText());
    }

    @Test
    public void cloudPagesWithNextPageTokenUntilLast() {
        transport.route("POST", "/rest/api/3/search/jql", request -> {
            String token = body(request).path("nextPageToken").asText("");
            return switch (token) {
                case "" ->
                    json(
                            200,
                            page(List.of("DM-1", "DM-2"))
                                    .put("nextPageToken", "p2")
                                    .toString());
                case "p2" ->
                    json(200, page(List.of("DM-3")).put("nextPageToken", "p3").toString());
                default -> json(200, page(List.of("DM-4")).put("isLast", true).toString());
            };
        });

        Result<List<Issue>> result = cloud().issuesWithLabel("meeting-action", List.of());

        assertEquals(
                List.of("DM-1", "DM-2", "DM-3", "DM-4"),
                result.value().stream().map(Issue::key).toList());
        assertEquals(3, transport.requests().size());
        assertEquals(0, transport.count("POST", "/rest/api/3/search?"));
    }

    @Test
    public void eachKeyFailsAloneOnDataCenter() {
        dataCenterJira(Set.of("DM-1", "DM-2"));

        Map<String, Result<Issue>> answers =
                dataCenter().issuesByKey(List.of("DM-2", "NOPE-1", "DM-99999", "LDM 230", "DM-1"), List.of());

        assertEquals(List.of("DM-2", "NOPE-1", "DM-99999", "LDM 230", "DM-1"), List.copyOf(answers.keySet()));
        assertEquals("DM-2", answers.get("DM-2").value().key());
        assertEquals("DM-1", answers.get("DM-1").value().key());
        TrackerError nope = answers.get("NOPE-1").failure().orElseThrow();
        assertEquals(TrackerError.Kind.PROJECT_NOT_FOUND, nope.kind());
        assertEquals("Jira project NOPE doesn't exist or you don't have permission to view it.", nope.message());
        assertEquals(
                TrackerError.Kind.ISSUE_NOT_FOUND,
                answers.get("DM-99999").failure().orElseThrow().kind());
        assertEquals(
                TrackerError.Kind.INVALID,
                answers.get("LDM 230").failure().orElseThrow().kind());
        assertEquals(1, transport.count("POST", "/rest/api/2/search"));
        assertEquals("one look-up per project not found", 2, transport.count("GET", "/rest/api/2/project/"));
    }

    @Test
    public void cloudRefusesUnknownKeysByNameAndTheRestAreAskedAgain() {
        Set<String> existing = Set.of("DM-1", "DM-2");
        transport.route("POST", "/rest/api/3/search/jql", request -> {
            List<String> asked = keys(body(request).path("jql").asText());
            List<String> unknown =
                    asked.stream().filter(key -> !existing.contains(key)).toList();
            if (!unknown.isEmpty()) {
                ObjectNode error = JSON.createObjectNode();
                ArrayNode messages = error.putArray("errorMessages");
                unknown.forEach(key -> messages.add("An issue with key '" + key + "' does not exist for field 'key'."));
                error.putObject("errors");
                return json(400, error.toString());
            }
            return json(200, page(asked).put("isLast", true).toString());
        });
        transport.route(
                "GET",
                "/rest/api/3/project/DM",
                request -> json(200, "{\"id\":\"1\",\"key\":\"DM\",\"name\":\"Data Management\"}"));
        transport.route(
                "GET",
                "/rest/api/3/project/NOPE",
                request -> json(
                        404, "{\"errorMessages\":[\"No project could be found with key 'NOPE'.\"],\"errors\":{}}"));

        Map<String, Result<Issue>> answers =
                cloud().issuesByKey(List.of("DM-1", "NOPE-7", "DM-404", "DM-2"), List.of());

        assertTrue(answers.get("DM-1").isOk());
        assertTrue(answers.get("DM-2").isOk());
        assertEquals(
                TrackerError.Kind.PROJECT_NOT_FOUND,
                answers.get("NOPE-7").failure().orElseThrow().kind());
        assertEquals(
                TrackerError.Kind.ISSUE_NOT_FOUND,
                answers.get("DM-404").failure().orElseThrow().kind());
        assertEquals(2, transport.count("POST", "/rest/api/3/search/jql"));
        assertEquals(
                List.of("DM-1", "DM-2"),
                keys(body(transport.requests().get(1)).path("jql").asText()));
    }

    @Test
    public void keysAreAskedInBatchesOfAHundred() {
        Set<String> existing = new java.util.HashSet<>();
        IntStream.rangeClosed(1, 250).forEach(n -> existing.add("DM-" + n));
        dataCenterJira(existing);
        List<String> asked =
                IntStream.rangeClosed(1, 250).mapToObj(n -> "DM-" + n).toList();

        Map<String, Result<Issue>> answers = dataCenter().issuesByKey(asked, List.of());

        assertTrue(answers.values().stream().allMatch(Result::isOk));
        assertEquals(3, transport.count("POST", "/rest/api/2/search"));
        List<Integer> sizes = transport.requests().stream()
                .map(r -> keys(body(r).path("jql").asText()).size())
                .toList();
        assertEquals(List.of(100, 100, 50), sizes);
    }

    @Test
    public void aBatchThatFailsFailsItsKeysWithTheReasonAndNothingElse() {
        transport.route("POST", "/rest/api/2/search", request -> json(503, "<html>down</html>"));

        Map<String, Result<Issue>> answers = dataCenter().issuesByKey(List.of("DM-1", "RFC-2"), List.of());

        assertEquals(
                TrackerError.Kind.UNAVAILABLE,
                answers.get("DM-1").failure().orElseThrow().kind());
        assertEquals(
                TrackerError.Kind.UNAVAILABLE,
                answers.get("RFC-2").failure().orElseThrow().kind());
        assertEquals(
                "a read is retried while its patience lasts",
                clock.pauses().size() + 1,
                transport.count("POST", "/rest/api/2/search"));
        assertTrue(clock.pauses().size() >= 2);
        assertTrue(
                "the waits fit the patience: " + clock.pauses(),
                clock.pauses().stream()
                                .reduce(Duration.ZERO, Duration::plus)
                                .compareTo(RetryPolicy.defaults().requestPatience())
                        <= 0);
        assertEquals(0, transport.count("GET", "/rest/api/2/project/"));
    }

    @Test
    public void remoteLinkSearchesAskAtMostAHundredGlobalIdsEach() {
        transport.route(
                "POST",
                "/rest/api/2/search",
                request -> json(
                        200,
                        page(List.of("DM-1"))
                                .put("startAt", 0)
                                .put("maxResults", 100)
                                .put("total", 1)
                                .toString()));
        List<String> ids = IntStream.range(0, 230)
                .mapToObj(n -> "agenda:page=42:task=" + n)
                .toList();

        Result<List<Issue>> result = dataCenter().issuesWithRemoteLinks(ids, List.of());

        assertEquals(
                "the same issue found by several batches is listed once",
                1,
                result.value().size());
        assertEquals(3, transport.requests().size());
        String jql = body(transport.requests().get(0)).path("jql").asText();
        assertTrue(jql, jql.startsWith("issue in issuesWithRemoteLinksByGlobalId(\"agenda:page=42:task=0\", "));
        assertEquals(100, jql.split("agenda:page").length - 1);
    }

    @Test
    public void quotesInJqlValuesAreEscaped() {
        assertEquals("\"a\\\"b\\\\c\"", JiraSearch.quoted("a\"b\\c"));
    }

    @Test
    public void dataCenterTurnsQueryValidationOffSoUnknownKeysAreLeftOut() {
        dataCenterJira(Set.of("DM-1"));

        dataCenter().issuesByKey(List.of("DM-1"), List.of());

        JsonNode body = body(transport.requests().get(0));
        assertTrue(body.path("validateQuery").isBoolean());
        assertFalse(body.path("validateQuery").asBoolean());
        assertFalse(body.path("fields").isEmpty());
        assertFalse("Data Center's search takes no properties", body.has("properties"));
    }

    @Test
    public void dataCenterReadsPropertiesIssueByIssueOnlyWhenAskedFor() {
        transport.route(
                "POST",
                "/rest/api/2/search",
                request -> json(
                        200,
                        page(List.of("DM-1", "DM-2"))
                                .put("startAt", 0)
                                .put("maxResults", 100)
                                .put("total", 2)
                                .toString()));
        transport.route("GET", "/rest/api/2/issue/", request -> {
            String key = request.path()
                    .substring("/rest/api/2/issue/".length(), request.path().indexOf('?'));
            return json(
                    200,
                    "{\"id\":\"1\",\"key\":\"" + key + "\",\"fields\":{\"status\":{\"name\":\"To Do\"}},"
                            + "\"properties\":{\"agenda.action\":{\"actionId\":\"" + key + "\"}}}");
        });

        List<Issue> withoutProperties =
                dataCenter().issuesWithLabel("meeting-action", List.of()).value();
        List<Issue> withProperties = dataCenter()
                .issuesWithLabel("meeting-action", List.of("agenda.action"))
                .value();

        assertTrue(withoutProperties.get(0).properties().isEmpty());
        assertEquals(
                "DM-2", withProperties.get(1).properties().get("agenda.action").get("actionId"));
        assertEquals(2, transport.count("GET", "/rest/api/2/issue/"));
        assertTrue(transport.requests().get(3).path().contains("properties=agenda.action"));
    }

    @Test
    public void cloudAsksForPropertiesInTheSearchItself() {
        transport.route(
                "POST",
                "/rest/api/3/search/jql",
                request -> json(200, page(List.of("DM-1")).put("isLast", true).toString()));

        cloud().issuesWithLabel("meeting-action", List.of("agenda.action"));

        assertEquals(1, transport.requests().size());
        assertEquals(
                "agenda.action",
                body(transport.requests().get(0)).path("properties").get(0).asText());
    }

    private void dataCenterJira(Set<String> existing) {
        transport.route("POST", "/rest/api/2/search", request -> {
            List<String> found = keys(body(request).path("jql").asText()).stream()
                    .filter(existing::contains)
                    .toList();
            return json(
                    200,
                    page(found)
                            .put("startAt", 0)
                            .put("maxResults", 100)
                            .put("total", found.size())
                            .toString());
        });
        transport.route(
                "GET",
                "/rest/api/2/project/DM",
                request -> json(200, "{\"id\":\"1\",\"key\":\"DM\",\"name\":\"Data Management\"}"));
        transport.route(
                "GET",
                "/rest/api/2/project/NOPE",
                request -> json(
                        404, "{\"errorMessages\":[\"No project could be found with key 'NOPE'.\"],\"errors\":{}}"));
    }

    static ObjectNode page(List<String> keys) {
        ObjectNode page = JSON.createObjectNode();
        ArrayNode issues = page.putArray("issues");
        for (String key : keys) {
            ObjectNode issue = issues.addObject()
                    .put("id", key.substring(key.indexOf('-') + 1))
                    .put("key", key);
            ObjectNode fields = issue.putObject("fields").put("summary", "Summary of " + key);
            fields.putObject("status")
                    .put("name", "To Do")
                    .putObject("statusCategory")
                    .put("key", "new");
            fields.putNull("assignee");
            fields.putNull("duedate");
        }
        return page;
    }

    static JsonNode body(JiraRequest request) {
        try {
            return JSON.readTree(request.jsonBody().orElse("{}"));
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    static List<String> keys(String jql) {
        List<String> keys = new ArrayList<>();
        Matcher matcher = KEY.matcher(jql);
        while (matcher.find()) {
            keys.add(matcher.group(1));
        }
        return keys;
    }
}
