package dev.agenda.jira.wire;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertThrows;
import static org.junit.Assert.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.agenda.core.tracker.Issue;
import dev.agenda.core.tracker.StatusCategory;
import dev.agenda.core.tracker.TrackerUser;
import dev.agenda.core.tracker.Transition;
import dev.agenda.jira.testing.Examples;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.Test;

/** Reading Atlassian's published examples, and answers with every optional value missing or null. */
public class JiraReaderTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    private static JsonNode json(String text) throws Exception {
        return JSON.readTree(text);
    }

    @Test
    public void atlassiansIssueExampleReadsEvenWithoutTheFieldsItDidNotAskFor() throws Exception {
        Issue issue = JiraReader.issue(json(Examples.read("cloud-v3__issue-get__200.json")));

        assertEquals("10002", issue.id());
        assertEquals("ED-1", issue.key());
        assertEquals(JiraReader.UNKNOWN_STATUS, issue.status().name());
        assertEquals(StatusCategory.UNDEFINED, issue.status().category());
        assertEquals(
                "the example's updated is the number 1: an unreadable date is left out, not fatal",
                Optional.empty(),
                issue.updated());
        assertEquals(Optional.empty(), issue.assignee());
    }

    @Test
    public void atlassiansSearchExamplesRead() throws Exception {
        for (String example : List.of("cloud-v3__search-jql-post__200.json", "cloud-v3__search-jql__200.json")) {
            JsonNode page = json(Examples.read(example));
            assertTrue(example, page.path("issues").size() > 0);
            page.path("issues").forEach(JiraReader::issue);
        }
    }

    @Test
    public void atlassiansMyselfExampleIsACloudUser() throws Exception {
        TrackerUser user = JiraReader.user(json(Examples.read("cloud-v3__myself__200.json")));

        assertEquals(Optional.of("5b10a2844c20165700ede21g"), user.accountId());
        assertEquals("an empty legacy name is no name", Optional.empty(), user.name());
        assertEquals("Mia Krystof", user.displayName());
        assertEquals(Optional.of("mia@example.com"), user.email());
    }

    @Test
    public void atlassiansTransitionsExampleReadsWithUnknownCategoriesAsUndefined() throws Exception {
        JsonNode body = json(Examples.read("cloud-v3__transitions-get__200.json"));
        List<Transition> transitions = body.path("transitions").findParents("to").stream()
                .filter(node -> node.has("id"))
                .map(JiraReader::transition)
                .toList();

        assertEquals(
                List.of("2", "711"), transitions.stream().map(Transition::id).toList());
        assertEquals("In Progress", transitions.get(0).to().name());
        assertEquals(Optional.empty(), Transition.into(StatusCategory.DONE, transitions));
    }

    @Test
    public void atlassiansCreatedExampleReads() throws Exception {
        assertEquals(
                new dev.agenda.core.tracker.CreatedIssue("10000", "ED-24"),
                JiraReader.created(json(Examples.read("cloud-v3__issue-create__201-response.json"))));
    }

    @Test
    public void anUnassignedIssueWithoutDueDateOrLabelsReads() throws Exception {
        Issue issue = JiraReader.issue(json("""
                {"id":"10","key":"DM-10","fields":{"summary":"Plan","assignee":null,"duedate":null,"labels":null,
                 "updated":null,"statuscategorychangedate":null,
                 "status":{"name":"To Do","statusCategory":null}}}"""));

        assertEquals(Optional.empty(), issue.assignee());
        assertEquals(Optional.empty(), issue.dueDate());
        assertEquals(List.of(), issue.labels());
        assertEquals(Optional.empty(), issue.updated());
        assertEquals(StatusCategory.UNDEFINED, issue.status().category());
        assertTrue(issue.properties().isEmpty());
    }

    @Test
    public void aFullDataCenterIssueReads() throws Exception {
        Issue issue = JiraReader.issue(json("""
                {"id":"10","key":"DM-12813","fields":{"summary":"Tune up the pipeline",
                 "assignee":{"name":"swinbank","key":"JIRAUSER2","displayName":"John Swinbank",
                             "emailAddress":"swinbank@example.org"},
                 "duedate":"2017-12-04","labels":["meeting-action"],
                 "updated":"2017-12-04T09:30:00.000+0000","statuscategorychangedate":"2017-12-04T09:30:00.000+0100",
                 "status":{"name":"Done","statusCategory":{"key":"done","name":"Done"}}},
                 "properties":{"agenda.action":{"actionId":"42:7"}}}"""));

        assertEquals("swinbank", issue.assignee().orElseThrow().id());
        assertEquals(Optional.of(LocalDate.of(2017, 12, 4)), issue.dueDate());
        assertEquals(Optional.of(Instant.parse("2017-12-04T08:30:00Z")), issue.statusCategoryChanged());
        assertTrue(issue.status().isDone());
        assertEquals("42:7", issue.properties().get("agenda.action").get("actionId"));
    }

    @Test(expected = JiraReader.UnreadableJiraAnswer.class)
    public void anIssueWithoutAKeyIsUnreadable() throws Exception {
        JiraReader.issue(json("{\"id\":\"10\",\"fields\":{}}"));
    }

    @Test
    public void anIssueOrACreatedIssueWhoseKeyIsNotAJiraKeyIsUnreadableAndTheMessageShowsTheKey() throws Exception {
        for (String key : List.of("DM-1\\\"]", "dm-1", "DM-1 <b>", "x'] , [data-x")) {
            JiraReader.UnreadableJiraAnswer issue = assertThrows(
                    JiraReader.UnreadableJiraAnswer.class,
                    () -> JiraReader.issue(json("{\"id\":\"10\",\"key\":\"" + key + "\",\"fields\":{}}")));
            JiraReader.UnreadableJiraAnswer created = assertThrows(
                    JiraReader.UnreadableJiraAnswer.class,
                    () -> JiraReader.created(json("{\"id\":\"10\",\"key\":\"" + key + "\",\"self\":\"x\"}")));

            String shown = key.replace("\\\"", "\"");
            assertEquals("an issue whose key ‘" + shown + "’ is not a Jira issue key", issue.getMessage());
            assertEquals("a created issue whose key ‘" + shown + "’ is not a Jira issue key", created.getMessage());
        }
    }

    @Test(expected = JiraReader.UnreadableJiraAnswer.class)
    public void aUserWithoutAnyIdentifierIsUnreadable() throws Exception {
        JiraReader.user(json("{\"displayName\":\"Ghost\",\"name\":\"\",\"accountId\":null}"));
    }
}
