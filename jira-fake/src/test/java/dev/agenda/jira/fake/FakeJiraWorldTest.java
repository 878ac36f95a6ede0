package dev.agenda.jira.fake;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import dev.agenda.core.tracker.Change;
import dev.agenda.core.tracker.CreatedIssue;
import dev.agenda.core.tracker.Description;
import dev.agenda.core.tracker.Issue;
import dev.agenda.core.tracker.Result;
import dev.agenda.core.tracker.ServerInfo;
import dev.agenda.core.tracker.StatusCategory;
import dev.agenda.core.tracker.TrackerError;
import dev.agenda.core.tracker.Transition;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.Test;

public class FakeJiraWorldTest {

    private static final ServerInfo.Deployment DC = ServerInfo.Deployment.DATA_CENTER;

    private final FakeJiraWorld world = FakeJiraWorld.seeded(Clock.fixed(Instant.parse("2017-11-30T17:00:00Z"),
            ZoneOffset.UTC));
    private final FakeUser wil = world.user("womullane").orElseThrow();

    private IssueDraft draft(String project, String summary) {
        return new IssueDraft(project, "Task", summary, Description.of(), Optional.of("swinbank"),
                Optional.of("2017-12-04"), List.of("meeting-action"), Map.of());
    }

    @Test
    public void theSeededIssuesAreThereAndNumberingContinuesAfterThem() {
        assertEquals(StatusCategory.IN_PROGRESS, issue("DM-12813").status().category());
        assertEquals(StatusCategory.TO_DO, issue("RFC-188").status().category());
        assertEquals(StatusCategory.DONE, issue("RFC-243").status().category());

        assertEquals("DM-12814", world.create(wil, draft("DM", "Next")).value().key());
        assertEquals("RFC-244", world.create(wil, draft("RFC", "Next")).value().key());
    }

    @Test
    public void theWorkflowGoesEverywhereButWhereTheIssueIs() {
        List<Transition> fromToDo = world.transitions(wil, "RFC-188").value();

        assertEquals(List.of("Start progress", "Resolve"), fromToDo.stream().map(Transition::name).toList());
        assertTrue(world.transition(wil, "RFC-188", "21").isOk());
        assertTrue(issue("RFC-188").status().isDone());
        assertEquals(TrackerError.Kind.INVALID, world.transition(wil, "RFC-188", "21").failure().orElseThrow()
                .kind());
    }

    @Test
    public void aHiddenProjectLooksLikeOneThatDoesNotExist() {
        world.hideProject("ebellm", "RFC");
        FakeUser eric = world.user("ebellm").orElseThrow();

        assertEquals(TrackerError.projectNotFound("RFC"), world.project(eric, "RFC").failure().orElseThrow());
        assertEquals(TrackerError.Kind.ISSUE_NOT_FOUND,
                world.issue(eric, "RFC-188", List.of(), DC).failure().orElseThrow().kind());
        assertTrue(world.search(eric, "project = RFC", false, List.of(), DC).issues().isEmpty());
        assertTrue("others still see it", world.project(wil, "RFC").isOk());
    }

    @Test
    public void creationIsValidatedFieldByField() {
        Result<CreatedIssue> result = world.create(wil, new IssueDraft("NOPE", "Epic", " ", null,
                Optional.of("nobody"), Optional.of("2017-13-45"), List.of(), Map.of()));

        Map<String, String> errors = result.failure().orElseThrow().fieldErrors();
        assertEquals(java.util.Set.of("project", "issuetype", "summary", "assignee", "duedate"), errors.keySet());
        assertEquals(3, world.issueCount());
        assertFalse(world.create(wil, draft("DM", "x".repeat(256))).isOk());
    }

    @Test
    public void editsChangeOnlyWhatTheyName() {
        String key = world.create(wil, draft("DM", "Old")).value().key();

        world.edit(wil, key, Change.set("New"), Change.keep(), Change.keep(), Change.clear());

        Issue issue = issue(key);
        assertEquals("New", issue.summary());
        assertEquals(Optional.empty(), issue.dueDate());
        assertEquals("swinbank", issue.assignee().orElseThrow().id());
    }

    @Test
    public void strictSearchNamesEachUnknownKeyAndLenientSearchWarns() {
        FakeJiraWorld.SearchAnswer strict = world.search(wil, "key in (DM-12813, NOPE-1, DM-1)", true, List.of(), DC);
        FakeJiraWorld.SearchAnswer lenient = world.search(wil, "key in (DM-12813, NOPE-1, DM-1)", false, List.of(),
                DC);

        assertEquals(List.of("An issue with key 'NOPE-1' does not exist for field 'key'.",
                "An issue with key 'DM-1' does not exist for field 'key'."), strict.errorMessages());
        assertEquals(List.of("DM-12813"), lenient.issues().stream().map(view -> view.issue().key()).toList());
        assertEquals(2, lenient.warnings().size());
    }

    @Test
    public void jqlOutsideTheSubsetIsRefusedWithAMessage() {
        assertEquals(1, world.search(wil, "assignee = currentUser()", false, List.of(), DC).errorMessages().size());
        assertEquals(1, world.search(wil, "labels = \"unclosed", false, List.of(), DC).errorMessages().size());
        String many = String.join(",", java.util.Collections.nCopies(101, "\"g\""));
        assertEquals(1, world.search(wil, "issue in issuesWithRemoteLinksByGlobalId(" + many + ")", false,
                List.of(), DC).errorMessages().size());
    }

    @Test
    public void searchCombinesClausesAndOrders() {
        world.create(wil, draft("DM", "A"));
        world.create(wil, draft("RFC", "B"));
        world.create(wil, draft("DM", "C"));

        List<String> keys = world.search(wil, "labels = \"meeting-action\" AND project = DM ORDER BY key DESC", false,
                List.of(), DC).issues().stream().map(view -> view.issue().key()).toList();

        assertEquals(List.of("DM-12815", "DM-12814"), keys);
    }

    private Issue issue(String key) {
        return world.issue(wil, key, List.of(), DC).value().issue();
    }
}
