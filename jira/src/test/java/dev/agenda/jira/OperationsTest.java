package dev.agenda.jira;

import static dev.agenda.jira.SearchTest.body;
import static dev.agenda.jira.testing.ScriptedTransport.json;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.agenda.core.tracker.Change;
import dev.agenda.core.tracker.Description;
import dev.agenda.core.tracker.IssueChanges;
import dev.agenda.core.tracker.IssueStatus;
import dev.agenda.core.tracker.IssueType;
import dev.agenda.core.tracker.NewIssue;
import dev.agenda.core.tracker.RemoteLink;
import dev.agenda.core.tracker.Result;
import dev.agenda.core.tracker.ServerInfo;
import dev.agenda.core.tracker.StatusCategory;
import dev.agenda.core.tracker.TrackerError;
import dev.agenda.core.tracker.TrackerUser;
import dev.agenda.core.tracker.Transition;
import dev.agenda.core.tracker.UserLookup;
import dev.agenda.jira.http.RetryPolicy;
import dev.agenda.jira.testing.ScriptedTransport;
import dev.agenda.jira.transport.JiraRequest;
import dev.agenda.jira.transport.JiraTransportException;
import dev.agenda.jira.wire.CloudDialect;
import dev.agenda.jira.wire.DataCenterDialect;
import dev.agenda.testing.ManualClock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SplittableRandom;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.Test;

/** The single-issue operations, in both dialects, over a scripted Jira: what is sent, and what is read back. */
public class OperationsTest {

    private static final TrackerUser SWINBANK_DC =
            TrackerUser.dataCenter("swinbank", "JIRAUSER2", "John Swinbank", "swinbank@example.org");
    private static final TrackerUser SWINBANK_CLOUD =
            TrackerUser.cloud("5b10ac8d82e05b22cc7d4ef5", "John Swinbank", null);

    private final ScriptedTransport transport = new ScriptedTransport();
    private final ManualClock clock = new ManualClock(Instant.parse("2026-11-29T10:00:00Z"));

    private JiraRestIssueTracker tracker(boolean cloud) {
        return new JiraRestIssueTracker(
                transport,
                cloud ? new CloudDialect() : new DataCenterDialect(),
                new JiraClientSettings(RetryPolicy.defaults(), clock, clock, new SplittableRandom(5)));
    }

    private static NewIssue action(TrackerUser assignee) {
        return new NewIssue(
                "DM",
                "Task",
                "Write the *draft* [plan]",
                Description.of(Description.Paragraph.of(
                        new Description.Text("From "),
                        new Description.Link("the meeting", "https://confluence.example.org/x/42"))),
                Optional.of(assignee),
                Optional.of(LocalDate.of(2017, 12, 4)),
                List.of("meeting-action"),
                Map.of());
    }

    @Test
    public void dataCenterCreatesWithWikiMarkupAndAUsername() {
        transport.route("POST", "/rest/api/2/issue", r -> json(201, "{\"id\":\"7\",\"key\":\"DM-7\",\"self\":\"x\"}"));

        assertEquals(
                "DM-7", tracker(false).createIssue(action(SWINBANK_DC)).value().key());

        JsonNode fields = body(transport.requests().get(0)).path("fields");
        assertEquals(
                "From [the meeting|https://confluence.example.org/x/42]",
                fields.path("description").asText());
        assertEquals("swinbank", fields.path("assignee").path("name").asText());
        assertEquals("2017-12-04", fields.path("duedate").asText());
        assertEquals("Write the *draft* [plan]", fields.path("summary").asText());
    }

    @Test
    public void cloudCreatesWithAnAtlassianDocumentAndAnAccountId() {
        transport.route("POST", "/rest/api/3/issue", r -> json(201, "{\"id\":\"7\",\"key\":\"DM-7\",\"self\":\"x\"}"));

        tracker(true).createIssue(action(SWINBANK_CLOUD));

        JsonNode fields = body(transport.requests().get(0)).path("fields");
        assertEquals("doc", fields.path("description").path("type").asText());
        JsonNode link = fields.path("description")
                .path("content")
                .get(0)
                .path("content")
                .get(1);
        assertEquals(
                "https://confluence.example.org/x/42",
                link.path("marks").get(0).path("attrs").path("href").asText());
        assertEquals(
                "5b10ac8d82e05b22cc7d4ef5",
                fields.path("assignee").path("accountId").asText());
        assertFalse(fields.path("assignee").has("name"));
    }

    @Test
    public void editSendsOnlyWhatChangesAndClearsWithNull() {
        transport.route("PUT", "/rest/api/2/issue/DM-7", r -> json(204, ""));

        Result<?> result = tracker(false)
                .editIssue("DM-7", IssueChanges.none().withSummary("New text").withDueDate(Change.clear()));

        assertTrue(result.isOk());
        JsonNode fields = body(transport.requests().get(0)).path("fields");
        assertEquals("New text", fields.path("summary").asText());
        assertTrue(fields.path("duedate").isNull());
        assertFalse(fields.has("assignee"));
        assertFalse(fields.has("description"));
    }

    @Test
    public void anEmptyEditSendsNothing() {
        assertTrue(tracker(false).editIssue("DM-7", IssueChanges.none()).isOk());
        assertTrue(transport.requests().isEmpty());
    }

    @Test
    public void theDoneTransitionIsChosenByCategoryNotByName() {
        transport.route("GET", "/rest/api/2/issue/DM-7/transitions", r -> json(200, """
                {"transitions":[
                  {"id":"11","name":"Done-ish","to":{"name":"Review","statusCategory":{"key":"indeterminate"}}},
                  {"id":"41","name":"Ship it","to":{"name":"Released","statusCategory":{"key":"done"}}}]}"""));
        transport.route("POST", "/rest/api/2/issue/DM-7/transitions", r -> json(204, ""));

        List<Transition> transitions = tracker(false).transitions("DM-7").value();
        Transition done = Transition.into(StatusCategory.DONE, transitions).orElseThrow();
        assertTrue(tracker(false).transition("DM-7", done.id()).isOk());

        assertEquals("41", done.id());
        assertEquals(
                "41",
                body(transport.requests().get(1)).path("transition").path("id").asText());
    }

    private static final Transition SHIP_IT =
            new Transition("41", "Ship it", new IssueStatus("Released", StatusCategory.DONE));

    private void issueDm7In(String status, String category) {
        transport.route(
                "GET",
                "/rest/api/2/issue/DM-7?",
                r -> json(
                        200,
                        "{\"id\":\"7\",\"key\":\"DM-7\",\"fields\":{\"status\":{\"name\":\"" + status
                                + "\",\"statusCategory\":{\"key\":\"" + category + "\"}}}}"));
    }

    @Test
    public void aTransitionWhoseAnswerWasLostIsSentAgainOnlyAfterReadingThatTheIssueHasNotMoved() {
        transport.thenAnswer(json(503, ""));
        issueDm7In("To Do", "new");
        transport.route("POST", "/rest/api/2/issue/DM-7/transitions", r -> json(204, ""));

        assertTrue(tracker(false).forRun().transition("DM-7", SHIP_IT).isOk());

        assertEquals(
                List.of("POST /rest/api/2/issue/DM-7/transitions", "GET", "POST /rest/api/2/issue/DM-7/transitions"),
                transport.requests().stream()
                        .map(r -> r.method() == JiraRequest.Method.GET ? "GET" : r.toString())
                        .toList());
    }

    @Test
    public void aTransitionJiraAppliedDespiteAFailedAnswerIsNotSentAgain() {
        transport.thenFail(JiraTransportException.Kind.TIMEOUT);
        issueDm7In("Released", "done");

        assertTrue(tracker(false).forRun().transition("DM-7", SHIP_IT).isOk());

        assertEquals(1, transport.count("POST", "/rest/api/2/issue/DM-7/transitions"));
        assertEquals(1, transport.count("GET", "/rest/api/2/issue/DM-7?"));
    }

    @Test
    public void aTransitionByIdAloneIsNeverSentAgain() {
        transport.thenAnswer(json(503, "")).thenAnswer(json(204, ""));

        assertFalse(tracker(false).forRun().transition("DM-7", "41").isOk());

        assertEquals(1, transport.requests().size());
    }

    @Test
    public void anUnknownTransitionIsAValidationError() {
        transport.route(
                "POST",
                "/rest/api/2/issue/DM-7/transitions",
                r -> json(
                        400,
                        "{\"errorMessages\":[\"Transition id '99' is not valid for this issue.\"],\"errors\":{}}"));

        TrackerError error = tracker(false).transition("DM-7", "99").failure().orElseThrow();

        assertEquals(TrackerError.Kind.INVALID, error.kind());
        assertTrue(error.message().contains("Transition id '99'"));
    }

    @Test
    public void remoteLinksAreKeyedByGlobalId() {
        transport.route("POST", "/rest/api/2/issue/DM-7/remotelink", r -> json(200, "{\"id\":10,\"self\":\"x\"}"));
        RemoteLink link = new RemoteLink(
                "agenda:page=42:task=3",
                "https://confluence.example.org/x/42",
                "DMLT F2F 2017-11",
                Optional.of("Action 3"),
                "dev.agenda",
                "Meeting agenda",
                "mentioned in",
                Optional.empty());

        assertTrue(tracker(false).putRemoteLink("DM-7", link).isOk());

        JsonNode body = body(transport.requests().get(0));
        assertEquals("agenda:page=42:task=3", body.path("globalId").asText());
        assertEquals(
                "https://confluence.example.org/x/42",
                body.path("object").path("url").asText());
        assertEquals("dev.agenda", body.path("application").path("type").asText());
    }

    @Test
    public void watchersAreAddedByUsernameOnDataCenterAndAccountIdOnCloud() {
        transport.route("POST", "/rest/api/2/issue/DM-7/watchers", r -> json(204, ""));
        transport.route("POST", "/rest/api/3/issue/DM-7/watchers", r -> json(204, ""));

        tracker(false).addWatcher("DM-7", SWINBANK_DC);
        tracker(true).addWatcher("DM-7", SWINBANK_CLOUD);

        assertEquals("\"swinbank\"", transport.requests().get(0).jsonBody().orElseThrow());
        assertEquals(
                "\"5b10ac8d82e05b22cc7d4ef5\"",
                transport.requests().get(1).jsonBody().orElseThrow());
    }

    @Test
    public void usersAreLookedUpTheWayEachDeploymentIdentifiesThem() {
        transport.route(
                "GET",
                "/rest/api/2/user?username=swinbank",
                r -> json(200, "{\"name\":\"swinbank\",\"key\":\"JIRAUSER2\",\"displayName\":\"John Swinbank\"}"));
        transport.route(
                "GET",
                "/rest/api/2/user?username=nobody",
                r -> json(404, "{\"errorMessages\":[\"The user named 'nobody' does not exist\"],\"errors\":{}}"));
        transport.route("GET", "/rest/api/2/user/search", r -> json(200, """
                [{"name":"swinbank2","displayName":"J S","emailAddress":"other@example.org"},
                 {"name":"swinbank","displayName":"John Swinbank","emailAddress":"Swinbank@example.org"}]"""));

        JiraRestIssueTracker jira = tracker(false);
        assertEquals(
                "JIRAUSER2",
                jira.findUser(new UserLookup(UserLookup.By.USERNAME, "swinbank"))
                        .value()
                        .orElseThrow()
                        .key()
                        .orElseThrow());
        assertEquals(
                Optional.empty(),
                jira.findUser(new UserLookup(UserLookup.By.USERNAME, "nobody")).value());
        assertEquals(
                "swinbank",
                jira.findUser(new UserLookup(UserLookup.By.EMAIL, "swinbank@example.org"))
                        .value()
                        .orElseThrow()
                        .id());
        assertEquals(
                TrackerError.Kind.INVALID,
                tracker(true)
                        .findUser(new UserLookup(UserLookup.By.USERNAME, "swinbank"))
                        .failure()
                        .orElseThrow()
                        .kind());
        assertEquals(3, transport.requests().size());
    }

    @Test
    public void aPropertyIsReadWithItsIssueSoAbsentAndMissingIssueDiffer() {
        transport.route("GET", "/rest/api/2/issue/DM-7?", r -> json(200, """
                {"id":"7","key":"DM-7","fields":{"status":{"name":"To Do","statusCategory":{"key":"new"}}},
                 "properties":{"agenda.action":{"actionId":"page-42:task-3","version":2}}}"""));
        transport.route("GET", "/rest/api/2/issue/DM-8?", r -> json(200, """
                {"id":"8","key":"DM-8","fields":{"status":{"name":"To Do","statusCategory":{"key":"new"}}}}"""));
        transport.route(
                "GET",
                "/rest/api/2/issue/DM-9?",
                r -> json(404, "{\"errorMessages\":[\"Issue Does Not Exist\"],\"errors\":{}}"));

        JiraRestIssueTracker jira = tracker(false);
        assertEquals(
                Map.of("actionId", "page-42:task-3", "version", "2"),
                jira.property("DM-7", "agenda.action").value().orElseThrow());
        assertEquals(Optional.empty(), jira.property("DM-8", "agenda.action").value());
        assertEquals(
                TrackerError.Kind.ISSUE_NOT_FOUND,
                jira.property("DM-9", "agenda.action").failure().orElseThrow().kind());
        assertTrue(transport.requests().get(0).path().contains("properties=agenda.action"));
    }

    @Test
    public void issueTypesArePagedInBothShapes() {
        transport.route("GET", "/rest/api/2/issue/createmeta/DM/issuetypes?startAt=0", r -> json(200, """
                {"startAt":0,"maxResults":2,"total":3,"values":[{"id":"1","name":"Task"},{"id":"2","name":"Bug"}]}"""));
        transport.route("GET", "/rest/api/2/issue/createmeta/DM/issuetypes?startAt=2", r -> json(200, """
                {"startAt":2,"maxResults":2,"total":3,"values":[{"id":"5","name":"Sub-task","subtask":true}]}"""));
        transport.route("GET", "/rest/api/3/issue/createmeta/DM/issuetypes", r -> json(200, """
                {"startAt":0,"maxResults":50,"total":1,"issueTypes":[{"id":"1","name":"Task","subtask":false}]}"""));
        transport.route("GET", "/rest/api/2/issue/createmeta/NOPE/", r -> json(404, "{}"));

        assertEquals(
                List.of(
                        new IssueType("1", "Task", false),
                        new IssueType("2", "Bug", false),
                        new IssueType("5", "Sub-task", true)),
                tracker(false).issueTypes("DM").value());
        assertEquals(
                List.of("Task"),
                tracker(true).issueTypes("DM").value().stream()
                        .map(IssueType::name)
                        .toList());
        assertEquals(
                TrackerError.Kind.PROJECT_NOT_FOUND,
                tracker(false).issueTypes("NOPE").failure().orElseThrow().kind());
    }

    @Test
    public void theConnectorDetectsCloudAndDataCenter() {
        transport.thenAnswer(json(
                200,
                "{\"baseUrl\":\"https://x.atlassian.net\",\"version\":\"1001.0.0\","
                        + "\"deploymentType\":\"Cloud\",\"serverTitle\":\"Jira\"}"));
        transport.thenAnswer(json(
                200,
                "{\"baseUrl\":\"https://jira.example.org\",\"version\":\"10.3.4\","
                        + "\"deploymentType\":\"DataCenter\",\"serverTitle\":\"LSST Jira\"}"));

        JiraConnector.Connection cloud =
                JiraConnector.connect(transport, settings()).value();
        JiraConnector.Connection dataCenter =
                JiraConnector.connect(transport, settings()).value();

        assertEquals(ServerInfo.Deployment.CLOUD, cloud.serverInfo().deployment());
        assertTrue(cloud.tracker().dialect() instanceof CloudDialect);
        assertEquals("10.3.4", dataCenter.serverInfo().version());
        assertTrue(dataCenter.tracker().dialect() instanceof DataCenterDialect);
        assertEquals("/rest/api/2/serverInfo", transport.requests().get(0).path());
    }

    @Test
    public void aRunsStartUpChecksKeepTryingThroughTheRunsPatienceWhereALookUpGivesUpAfterItsOwn() {
        String info = "{\"baseUrl\":\"https://jira.example.org\",\"version\":\"10.3.4\","
                + "\"deploymentType\":\"DataCenter\",\"serverTitle\":\"LSST Jira\"}";
        AtomicInteger asked = new AtomicInteger();
        // Jira answers 503 for its first 12 s, as one coming back from a restart might.
        Instant back = clock.instant().plusSeconds(12);
        transport.route(
                "GET", "/rest/api/2/serverInfo", r -> clock.instant().isBefore(back) ? json(503, "") : json(200, info));
        transport.route("GET", "/rest/api/2/myself", r -> {
            asked.incrementAndGet();
            return clock.instant().isBefore(back.plusSeconds(12))
                    ? json(503, "")
                    : json(200, "{\"name\":\"womullane\",\"key\":\"JIRAUSER1\",\"displayName\":\"W\"}");
        });

        TrackerError lookUp =
                JiraConnector.connect(transport, settings()).failure().orElseThrow();
        Result<JiraConnector.Connection> run = JiraConnector.startRun(transport, settings());

        assertTrue(lookUp.message(), lookUp.message().contains("a request's patience of 2 s"));
        assertTrue(run.failure().map(TrackerError::message).orElse(""), run.isOk());
        JiraRestIssueTracker tracker = run.value().tracker();
        assertTrue("the run's tracker is the run", tracker.forRun() == tracker);
        assertTrue(tracker.myself().isOk());
        assertTrue(asked.get() > 1);
    }

    @Test
    public void somethingThatIsNotJiraIsSaidPlainly() {
        transport.thenAnswer(json(200, "<!DOCTYPE html><html>Welcome to nginx</html>"));

        TrackerError error =
                JiraConnector.connect(transport, settings()).failure().orElseThrow();

        assertEquals(TrackerError.Kind.BAD_RESPONSE, error.kind());
        assertTrue(error.message(), error.message().contains("Jira at http://jira.test"));
    }

    private JiraClientSettings settings() {
        return new JiraClientSettings(RetryPolicy.defaults(), clock, clock, new SplittableRandom(5));
    }
}
