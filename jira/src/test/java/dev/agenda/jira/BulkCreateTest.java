package dev.agenda.jira;

import static dev.agenda.jira.SearchTest.body;
import static dev.agenda.jira.testing.ScriptedTransport.json;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.agenda.core.tracker.CreatedIssue;
import dev.agenda.core.tracker.Description;
import dev.agenda.core.tracker.NewIssue;
import dev.agenda.core.tracker.Result;
import dev.agenda.core.tracker.TrackerError;
import dev.agenda.jira.http.RetryPolicy;
import dev.agenda.jira.testing.Examples;
import dev.agenda.jira.testing.ScriptedTransport;
import dev.agenda.jira.wire.CloudDialect;
import dev.agenda.jira.wire.DataCenterDialect;
import dev.agenda.testing.ManualClock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SplittableRandom;
import java.util.stream.IntStream;
import org.junit.Test;

public class BulkCreateTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final ScriptedTransport transport = new ScriptedTransport();
    private final ManualClock clock = new ManualClock(Instant.parse("2026-11-29T10:00:00Z"));

    private JiraRestIssueTracker tracker(boolean cloud) {
        return new JiraRestIssueTracker(
                transport,
                cloud ? new CloudDialect() : new DataCenterDialect(),
                new JiraClientSettings(RetryPolicy.defaults(), clock, clock, new SplittableRandom(3)));
    }

    @Test
    public void createsInRequestsOfAtMostFiftyAndAnswersInOrder() {
        int[] next = {100};
        transport.route("POST", "/rest/api/2/issue/bulk", request -> {
            ObjectNode answer = JSON.createObjectNode();
            ArrayNode issues = answer.putArray("issues");
            body(request)
                    .path("issueUpdates")
                    .forEach(update -> issues.addObject()
                            .put("id", String.valueOf(next[0]))
                            .put("key", "DM-" + next[0]++));
            answer.putArray("errors");
            return json(201, answer.toString());
        });

        List<Result<CreatedIssue>> results = tracker(false).createIssues(issues(120));

        assertEquals(120, results.size());
        assertEquals(
                List.of(50, 50, 20),
                transport.requests().stream()
                        .map(r -> body(r).path("issueUpdates").size())
                        .toList());
        assertEquals(
                IntStream.range(100, 220).mapToObj(n -> "DM-" + n).toList(),
                results.stream().map(r -> r.value().key()).toList());
    }

    @Test
    public void eachRefusedItemGetsItsOwnErrorAndTheOthersTheirIssues() {
        transport.route("POST", "/rest/api/2/issue/bulk", request -> json(201, """
                {"issues":[{"id":"1","key":"DM-1"},{"id":"3","key":"DM-3"}],
                 "errors":[{"status":400,"failedElementNumber":1,
                   "elementErrors":{"errors":{"duedate":"Error parsing date string: 2017-13-45"}}},
                  {"status":400,"failedElementNumber":3,
                   "elementErrors":{"errorMessages":["Field 'priority' is required"]}}]}"""));

        List<Result<CreatedIssue>> results = tracker(false).createIssues(issues(4));

        assertEquals("DM-1", results.get(0).value().key());
        TrackerError second = results.get(1).failure().orElseThrow();
        assertEquals(TrackerError.Kind.INVALID, second.kind());
        assertEquals(Map.of("duedate", "Error parsing date string: 2017-13-45"), second.fieldErrors());
        assertEquals("DM-3", results.get(2).value().key());
        assertTrue(results.get(3).failure().orElseThrow().message().contains("priority"));
    }

    @Test
    public void atlassiansAllFailedExampleFailsEveryItemWithItsFields() {
        transport.route(
                "POST",
                "/rest/api/3/issue/bulk",
                request -> json(400, Examples.read("cloud-v3__issue-bulk__400-response-all-failed.json")));

        List<Result<CreatedIssue>> results = tracker(true).createIssues(issues(2));

        for (Result<CreatedIssue> result : results) {
            TrackerError error = result.failure().orElseThrow();
            assertEquals(TrackerError.Kind.INVALID, error.kind());
            assertEquals(
                    "The issue type selected is invalid.", error.fieldErrors().get("issuetype"));
        }
    }

    @Test
    public void atlassiansCreatedExampleMapsToBothItems() {
        transport.route(
                "POST",
                "/rest/api/3/issue/bulk",
                request -> json(201, Examples.read("cloud-v3__issue-bulk__201-response.json")));

        List<Result<CreatedIssue>> results = tracker(true).createIssues(issues(2));

        assertEquals(new CreatedIssue("10000", "ED-24"), results.get(0).value());
        assertEquals(new CreatedIssue("10001", "ED-25"), results.get(1).value());
    }

    @Test
    public void aRequestThatFailsAsAWholeFailsEveryItemAndIsNotRepeated() {
        transport.route("POST", "/rest/api/2/issue/bulk", request -> json(401, ""));

        List<Result<CreatedIssue>> results = tracker(false).createIssues(issues(3));

        assertTrue(results.stream()
                .allMatch(r -> r.failure().orElseThrow().kind() == TrackerError.Kind.NOT_AUTHENTICATED));
        assertEquals(1, transport.requests().size());
    }

    @Test
    public void anAnswerWithFewerIssuesThanItemsSaysSoForTheRest() {
        transport.route(
                "POST",
                "/rest/api/2/issue/bulk",
                request -> json(201, "{\"issues\":[{\"id\":\"1\",\"key\":\"DM-1\"}],\"errors\":[]}"));

        List<Result<CreatedIssue>> results = tracker(false).createIssues(issues(2));

        assertTrue(results.get(0).isOk());
        assertEquals(
                TrackerError.Kind.BAD_RESPONSE,
                results.get(1).failure().orElseThrow().kind());
    }

    @Test
    public void theCreateBodyCarriesLabelsAndPropertiesSoTheIssueCanBeFoundAgain() {
        transport.route(
                "POST",
                "/rest/api/2/issue/bulk",
                request -> json(201, "{\"issues\":[{\"id\":\"1\",\"key\":\"DM-1\"}],\"errors\":[]}"));

        tracker(false).createIssues(issues(1));

        JsonNode update = body(transport.requests().get(0)).path("issueUpdates").get(0);
        assertEquals(
                List.of("meeting-action"),
                List.of(update.path("fields").path("labels").get(0).asText()));
        assertEquals(
                "agenda.action", update.path("properties").get(0).path("key").asText());
        assertEquals(
                "page-42:task-0",
                update.path("properties").get(0).path("value").path("actionId").asText());
        assertEquals("DM", update.path("fields").path("project").path("key").asText());
        assertEquals(
                "Task", update.path("fields").path("issuetype").path("name").asText());
    }

    static List<NewIssue> issues(int count) {
        return IntStream.range(0, count)
                .mapToObj(n -> new NewIssue(
                        "DM",
                        "Task",
                        "Action " + n,
                        Description.of(Description.Paragraph.of(new Description.Text("Action " + n))),
                        Optional.empty(),
                        Optional.empty(),
                        List.of("meeting-action"),
                        Map.of("agenda.action", Map.of("actionId", "page-42:task-" + n))))
                .toList();
    }
}
