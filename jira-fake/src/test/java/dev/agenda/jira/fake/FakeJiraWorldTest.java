package dev.agenda.jira.fake;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import dev.agenda.core.tracker.Change;
import dev.agenda.core.tracker.Description;
import dev.agenda.core.tracker.RemoteLink;
import dev.agenda.core.tracker.ServerInfo;
import dev.agenda.core.tracker.StatusCategory;
import dev.agenda.core.tracker.TrackerError;
import dev.agenda.core.tracker.Transition;
import dev.agenda.testing.ManualClock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.Test;

/** The shared world: seeding, numbering, the workflow, visibility, validation and edits. */
public class FakeJiraWorldTest {

    private static final ServerInfo.Deployment DC = ServerInfo.Deployment.DATA_CENTER;

    private final ManualClock clock = new ManualClock(Instant.parse("2017-11-30T17:00:00Z"));
    private final FakeJiraWorld world = FakeJiraWorld.seeded(clock);
    private final FakeUser wil = world.user("womullane").orElseThrow();

    private IssueDraft draft(String project, String summary) {
        return new IssueDraft(
                project,
                "Task",
                Optional.of(summary),
                Description.of(),
                Optional.of("swinbank"),
                Optional.of("2017-12-04"),
                List.of("meeting-action"),
                Map.of(),
                Map.of());
    }

    private FakeIssueState state(String key) {
        return world.state(key).orElseThrow();
    }

    @Test
    public void theSeededIssuesAreThereAndNumberingContinuesAfterThemPerProject() {
        assertEquals(List.of("DM-12813", "RFC-188", "RFC-243"), world.issueKeys());
        assertEquals(StatusCategory.IN_PROGRESS, state("DM-12813").status().category());
        assertEquals(StatusCategory.TO_DO, state("RFC-188").status().category());
        assertEquals(StatusCategory.DONE, state("RFC-243").status().category());

        assertEquals(
                "DM-12814", world.create(wil, draft("DM", "Next"), DC).value().key());
        assertEquals(
                "RFC-244", world.create(wil, draft("rfc", "Next"), DC).value().key());
        assertEquals(
                "DM-12815", world.create(wil, draft("DM", "After"), DC).value().key());
    }

    @Test
    public void theUsersComeFromTheReferencePagesCsvWithDataCenterAndCloudIdentities() {
        FakeUser tim = world.user("tjenness").orElseThrow();

        assertEquals(14, world.users().size());
        assertEquals("Tim Jenness", tim.displayName());
        assertEquals("tjenness@example.org", tim.email());
        assertEquals("JIRAUSER10004", tim.key());
        assertTrue(tim.accountId(), tim.accountId().matches("5b10[0-9a-f]{20}"));
        assertEquals(Optional.of(tim), world.userFor(tim.accountId(), ServerInfo.Deployment.CLOUD));
        assertEquals(Optional.empty(), world.userFor("tjenness", ServerInfo.Deployment.CLOUD));
        assertEquals(Optional.of(tim), world.userFor("JIRAUSER10004", DC));
    }

    @Test
    public void theWorkflowOffersEveryOtherStatusAndNeverTheCurrentOne() {
        for (var status : Workflow.statuses()) {
            List<Transition> offered = Workflow.from(status);
            assertFalse(status.name(), offered.stream().anyMatch(t -> t.to().equals(status)));
            assertEquals(
                    status.name(),
                    2,
                    offered.stream().map(Transition::to).distinct().count());
        }
        assertEquals(
                List.of("Start progress", "Done"),
                names(world.transitions(wil, "RFC-188").value()));
        assertEquals(
                List.of("Done", "Stop progress"),
                names(world.transitions(wil, "DM-12813").value()));
        assertEquals(
                List.of("Start progress", "Reopen"),
                names(world.transitions(wil, "RFC-243").value()));
        assertEquals(
                List.of("11", "21"),
                world.transitions(wil, "RFC-188").value().stream()
                        .map(Transition::id)
                        .toList());
    }

    @Test
    public void aTransitionMovesTheIssueAndOneNotOfferedIsNotFound() {
        clock.advance(Duration.ofHours(1));

        assertTrue(world.transition(wil, "RFC-188", "21").isOk());

        assertTrue(state("RFC-188").status().isDone());
        assertEquals(Instant.parse("2017-11-30T18:00:00Z"), state("RFC-188").statusCategoryChanged());
        assertEquals(
                TrackerError.Kind.NOT_FOUND,
                world.transition(wil, "RFC-188", "21").failure().orElseThrow().kind());
        assertEquals(
                TrackerError.Kind.NOT_FOUND,
                world.transition(wil, "RFC-188", "999").failure().orElseThrow().kind());
    }

    @Test
    public void movingAnIssueDirectlyStampsTheCategoryChangeOnlyWhenTheCategoryChanges() {
        clock.advance(Duration.ofDays(1));
        world.moveTo("DM-12813", "In Progress");
        assertEquals(Instant.parse("2017-11-30T17:00:00Z"), state("DM-12813").statusCategoryChanged());

        world.moveTo("dm-12813", Workflow.DONE);

        assertEquals(Workflow.DONE, state("DM-12813").status());
        assertEquals(Instant.parse("2017-12-01T17:00:00Z"), state("DM-12813").statusCategoryChanged());
        assertEquals(Instant.parse("2017-12-01T17:00:00Z"), state("DM-12813").updated());
    }

    @Test
    public void aHiddenProjectAndItsIssuesLookLikeOnesThatDoNotExist() {
        world.hideProject("ebellm", "RFC");
        FakeUser eric = world.user("ebellm").orElseThrow();

        assertEquals(
                TrackerError.projectNotFound("RFC"),
                world.project(eric, "RFC").failure().orElseThrow());
        assertEquals(
                world.project(eric, "NOPE").failure().orElseThrow().kind(),
                world.project(eric, "RFC").failure().orElseThrow().kind());
        assertEquals(
                TrackerError.issueNotFound("RFC-188"),
                world.issue(eric, "RFC-188").failure().orElseThrow());
        assertEquals(
                Map.of("project", "valid project is required"),
                world.create(eric, draft("RFC", "x"), DC)
                        .failure()
                        .orElseThrow()
                        .fieldErrors());
        assertTrue("others still see it", world.project(wil, "RFC").isOk());

        world.showProject("ebellm", "RFC");
        assertTrue(world.issue(eric, "RFC-188").isOk());
    }

    @Test
    public void creationIsValidatedFieldByFieldWithJirasMessages() {
        var result = world.create(
                wil,
                new IssueDraft(
                        "NOPE",
                        "Epic",
                        Optional.of(" "),
                        Description.of(),
                        Optional.of("nobody"),
                        Optional.of("2017-13-45"),
                        List.of("two words"),
                        Map.of(),
                        Map.of()),
                DC);

        Map<String, String> errors = result.failure().orElseThrow().fieldErrors();
        assertEquals(TrackerError.Kind.INVALID, result.failure().orElseThrow().kind());
        assertEquals(Set.of("project", "issuetype", "summary", "assignee", "duedate", "labels"), errors.keySet());
        assertEquals("You must specify a summary of the issue.", errors.get("summary"));
        assertEquals(
                "Summary must be less than 255 characters.",
                world.create(wil, draft("DM", "x".repeat(256)), DC)
                        .failure()
                        .orElseThrow()
                        .fieldErrors()
                        .get("summary"));
        assertTrue(world.create(wil, draft("DM", "x".repeat(255)), DC).isOk());
        assertEquals(4, world.issueCount());
    }

    @Test
    public void editsChangeOnlyWhatTheyName() {
        String key = world.create(wil, draft("DM", "Old"), DC).value().key();
        IssueEdit edit = new IssueEdit(
                Change.set("New"),
                Change.keep(),
                Change.keep(),
                Change.clear(),
                Optional.empty(),
                List.of("extra"),
                List.of("meeting-action"),
                Map.of());

        assertTrue(world.edit(wil, key, edit, DC).isOk());

        FakeIssueState issue = state(key);
        assertEquals("New", issue.summary());
        assertEquals(Optional.empty(), issue.dueDate());
        assertEquals("swinbank", issue.assignee().orElseThrow().name());
        assertEquals(List.of("extra"), issue.labels());
        assertEquals(
                Map.of("summary", "You must specify a summary of the issue."),
                world.edit(wil, key, IssueEdit.of(Change.clear(), Change.keep(), Change.keep(), Change.keep()), DC)
                        .failure()
                        .orElseThrow()
                        .fieldErrors());
    }

    @Test
    public void aRemoteLinkIsOnePerGlobalIdAndKeepsItsId() {
        RemoteLink first = new RemoteLink(
                "agenda:42:7",
                "https://c.example.org/x",
                "Old",
                Optional.empty(),
                "dev.agenda",
                "Agenda",
                "mentioned in",
                Optional.empty());
        RemoteLink again = new RemoteLink(
                "agenda:42:7",
                "https://c.example.org/x",
                "New",
                Optional.empty(),
                "dev.agenda",
                "Agenda",
                "mentioned in",
                Optional.empty());

        RemoteLinkPut created = world.putRemoteLink(wil, "RFC-188", first).value();
        RemoteLinkPut updated = world.putRemoteLink(wil, "RFC-188", again).value();

        assertTrue(created.created());
        assertFalse(updated.created());
        assertEquals(created.stored().id(), updated.stored().id());
        assertEquals("New", updated.stored().link().title());
        assertEquals(
                List.of("New"),
                state("RFC-188").remoteLinks().stream()
                        .map(l -> l.link().title())
                        .toList());
    }

    private static List<String> names(List<Transition> transitions) {
        return transitions.stream().map(Transition::name).toList();
    }
}
