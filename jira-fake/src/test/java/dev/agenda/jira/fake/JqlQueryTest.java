package dev.agenda.jira.fake;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;
import static org.junit.Assert.fail;

import dev.agenda.core.tracker.Description;
import dev.agenda.core.tracker.ServerInfo;
import dev.agenda.testing.ManualClock;
import java.time.Instant;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.Test;

/** The JQL subset: what parses into which clauses, what is refused, and how values are validated. */
public class JqlQueryTest {

    private final FakeJiraWorld world = FakeJiraWorld.seeded(new ManualClock(Instant.parse("2017-11-30T17:00:00Z")));
    private final FakeUser wil = world.user("womullane").orElseThrow();

    @Test
    public void theSubsetParsesIntoClauses() throws Exception {
        JqlQuery query = JqlQuery.parse("key in (dm-1, RFC-2) AND labels = \"meeting-action\" and project = rfc"
                + " AND issue in issuesWithRemoteLinksByGlobalId(\"g1\", 'g,2') ORDER BY key DESC");

        assertEquals(
                List.of(
                        new JqlQuery.KeyIn(List.of("DM-1", "RFC-2")),
                        new JqlQuery.LabelIs("meeting-action"),
                        new JqlQuery.ProjectIs("RFC"),
                        new JqlQuery.RemoteLinkIn(List.of("g1", "g,2"))),
                query.clauses());
        assertTrue(query.descending());
        assertEquals(
                List.of(new JqlQuery.KeyIn(List.of("DM-1"))),
                JqlQuery.parse("issuekey in (DM-1)").clauses());
        assertEquals(
                List.of(new JqlQuery.LabelIs("x")),
                JqlQuery.parse("labels = x ORDER BY key ASC").clauses());
        assertFalse(JqlQuery.parse("labels = x ORDER BY key ASC").descending());
        assertTrue(JqlQuery.parse("ORDER BY key").unbounded());
    }

    @Test
    public void anythingOutsideTheSubsetIsRefusedWithAMessage() {
        refused("project = RFC OR labels = x", "'OR' is not expected here");
        refused("assignee = currentUser()", "does not understand 'assignee ='");
        refused("labels = \"unclosed", "quoted string is not closed");
        refused("key in (DM-1", "ends too early");
        refused("labels = x ORDER BY created", "orders by key only");
        refused(
                "issue in issuesWithRemoteLinksByGlobalId(" + String.join(",", Collections.nCopies(101, "\"g\"")) + ")",
                "at most 100 global ids");
    }

    @Test
    public void ahundredGlobalIdsAreStillAccepted() throws Exception {
        JqlQuery query = JqlQuery.parse("issue in issuesWithRemoteLinksByGlobalId("
                + String.join(",", Collections.nCopies(100, "\"g\"")) + ")");
        assertEquals(
                100,
                ((JqlQuery.RemoteLinkIn) query.clauses().get(0)).globalIds().size());
    }

    @Test
    public void strictValidationNamesEachMissingKeyAndWarnLeavesThemOut() throws Exception {
        JqlQuery query = JqlQuery.parse("key in (DM-12813, NOPE-1, DM-1)");

        var strict = world.search(wil, query, JqlEvaluator.Validation.STRICT);
        var warn = world.search(wil, query, JqlEvaluator.Validation.WARN);
        var none = world.search(wil, query, JqlEvaluator.Validation.NONE);

        assertEquals(
                List.of(
                        "An issue with key 'NOPE-1' does not exist for field 'key'.",
                        "An issue with key 'DM-1' does not exist for field 'key'."),
                strict.errorMessages());
        assertTrue(strict.issues().isEmpty());
        assertEquals(List.of("DM-12813"), keys(warn));
        assertEquals(strict.errorMessages(), warn.warnings());
        assertEquals(List.of("DM-12813"), keys(none));
        assertEquals(List.of(), none.warnings());
    }

    @Test
    public void aHiddenIssueIsMissingToItsViewerInAQuery() throws Exception {
        world.hideProject("womullane", "RFC");

        var strict = world.search(wil, JqlQuery.parse("key in (RFC-188, DM-12813)"), JqlEvaluator.Validation.STRICT);
        var byProject = world.search(wil, JqlQuery.parse("project = RFC"), JqlEvaluator.Validation.STRICT);

        assertEquals(List.of("An issue with key 'RFC-188' does not exist for field 'key'."), strict.errorMessages());
        assertEquals(List.of("The value 'RFC' does not exist for the field 'project'."), byProject.errorMessages());
    }

    @Test
    public void clausesCombineAndOrderByKeyNumerically() throws Exception {
        for (String project : List.of("DM", "RFC", "DM")) {
            world.create(
                    wil,
                    new IssueDraft(
                            project,
                            "Task",
                            Optional.of("A"),
                            Description.of(),
                            Optional.empty(),
                            Optional.empty(),
                            List.of("meeting-action"),
                            Map.of(),
                            Map.of()),
                    ServerInfo.Deployment.CLOUD);
        }

        var answer = world.search(
                wil,
                JqlQuery.parse("labels = meeting-action AND project = DM ORDER BY key DESC"),
                JqlEvaluator.Validation.STRICT);
        var all = world.search(wil, JqlQuery.parse("ORDER BY key"), JqlEvaluator.Validation.STRICT);

        assertEquals(List.of("DM-12815", "DM-12814"), keys(answer));
        assertEquals(List.of("DM-12813", "DM-12814", "DM-12815", "RFC-188", "RFC-243", "RFC-244"), keys(all));
    }

    private static List<String> keys(JqlEvaluator.SearchAnswer answer) {
        return answer.issues().stream().map(FakeIssueState::key).toList();
    }

    private static void refused(String jql, String fragment) {
        try {
            JqlQuery.parse(jql);
            fail("accepted: " + jql);
        } catch (JqlQuery.JqlException e) {
            assertTrue(e.getMessage(), e.getMessage().contains(fragment));
        }
    }
}
