package dev.agenda.core.page;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import dev.agenda.core.Fixtures;
import dev.agenda.core.actions.ActionItem;
import dev.agenda.core.actions.TaskStatus;
import dev.agenda.core.agenda.Agenda;
import dev.agenda.core.agenda.AgendaEntry;
import dev.agenda.core.issues.IssueKey;
import dev.agenda.core.schedule.ScheduledItem;
import dev.agenda.core.users.Person;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import org.junit.Test;

/** The leadership team's real agenda (examples/dmlt-f2f-2017-11.xml): every feature must work on it. */
public class ReferencePageTest {

    private final MeetingPage page = Fixtures.referencePage();

    private AgendaEntry item(int day, String topic) {
        return page.agendas().get(day).items().stream()
                .filter(entry -> entry.topic().equals(topic))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no item " + topic));
    }

    private ActionItem action(String taskId) {
        return page.actions().stream()
                .filter(action -> action.taskId().equals(taskId))
                .findFirst()
                .orElseThrow();
    }

    private static List<String> usernames(ActionItem action) {
        return action.assignees().stream().map(Person::username).toList();
    }

    @Test
    public void twoDaysWithTwentySixRows() {
        assertEquals(2, page.agendas().size());
        assertEquals(15, page.agendas().get(0).items().size());
        assertEquals(11, page.agendas().get(1).items().size());
        assertEquals("Day 1", page.agendas().get(0).parameters().title());
        assertEquals(
                Optional.of(LocalDate.of(2017, 11, 3)), page.agendas().get(1).day());
        assertEquals(
                ZoneId.of("America/Phoenix"), page.agendas().get(0).parameters().zone());
        assertTrue(page.agendas().get(0).warnings().isEmpty());
        for (Agenda agenda : page.agendas()) {
            for (AgendaEntry entry : agenda.items()) {
                assertTrue(
                        entry.topic() + ": " + entry.schedule().warnings(),
                        entry.schedule().warnings().isEmpty());
            }
        }
    }

    @Test
    public void computedDurations() {
        assertEquals(
                Optional.of(Duration.ofMinutes(30)),
                item(0, "Welcome").schedule().duration());
        assertEquals(
                Optional.of(Duration.ofMinutes(45)),
                item(0, "Documentation").schedule().duration());
        assertEquals(
                Optional.of(Duration.ofMinutes(5)),
                item(1, "SUIT Show & Tell").schedule().duration());
        assertEquals(
                Optional.of(Duration.ofMinutes(65)),
                item(0, "Butler WG report").schedule().duration());
    }

    @Test
    public void finishAndCloseAreMarkersAndTheDaysEndThere() {
        assertEquals(ScheduledItem.Kind.MARKER, item(0, "Finish").schedule().kind());
        assertEquals(
                ScheduledItem.Kind.MARKER,
                item(0, "Group dinner at Downtown Kitchen, 135 South 6th Avenue")
                        .schedule()
                        .kind());
        assertEquals(ScheduledItem.Kind.MARKER, item(1, "Close").schedule().kind());
        assertEquals(
                Optional.of(LocalTime.of(17, 30)),
                page.agendas().get(0).schedule().dayEnd());
        assertEquals(
                Optional.of(Duration.ofMinutes(8 * 60 + 30)),
                page.agendas().get(0).schedule().total());
        assertEquals(
                Optional.of(Duration.ofHours(6)),
                page.agendas().get(1).schedule().total());
    }

    @Test
    public void elevenActionsInPageOrder() {
        assertEquals(11, page.actions().size());
        assertEquals(
                List.of("1", "2", "3", "4", "5", "6", "7", "8", "9", "10", "11"),
                page.actions().stream().map(ActionItem::taskId).toList());
        assertEquals(
                List.of("dmlt/1", "dmlt/11"),
                List.of(page.actions().get(0).id(), page.actions().get(10).id()));
        assertEquals(8, page.actionsIn(page.agendas().get(0)).size());
        assertEquals(3, page.actionsIn(page.agendas().get(1)).size());
        for (ActionItem action : page.actions()) {
            assertTrue(
                    action.taskId() + ": " + action.warnings(),
                    action.warnings().isEmpty());
            assertTrue(action.due().isPresent());
            assertEquals(
                    1,
                    usernames(action).size()
                            + (action.taskId().equals("4") || action.taskId().equals("9") ? -1 : 0));
        }
    }

    @Test
    public void taskFourHasTwoAssignees() {
        ActionItem action = action("4");

        assertEquals(List.of("ktl", "dpetravick"), usernames(action));
        assertEquals(TaskStatus.INCOMPLETE, action.status());
        assertEquals(Optional.of(LocalDate.of(2017, 12, 31)), action.due());
        assertEquals(
                "Get together to start work on updates for LDM-141 (Storage Sizing and I/O Model), "
                        + "LDM-129 (Infrastructure Design)",
                action.text());
        assertEquals(Optional.of("Documentation"), action.topic());
        assertEquals(Optional.of(LocalDate.of(2017, 11, 2)), action.day());
        assertEquals("LDM is not a Jira project", List.of(), action.issueKeys());
    }

    @Test
    public void taskNineIsForTwoPeopleWhoWill() {
        ActionItem action = action("9");

        assertEquals(List.of("womullane", "swinbank"), usernames(action));
        assertTrue(action.text(), action.text().startsWith("Audit the existing list of L3 milestones"));
        assertEquals(Optional.of("Planning for FY18"), action.topic());
        assertEquals(Optional.of(LocalDate.of(2017, 11, 3)), action.day());
        assertEquals(TaskStatus.COMPLETE, action.status());
    }

    @Test
    public void taskTenReferencesItsIssueAndNotItsCollaborator() {
        ActionItem action = action("10");

        assertEquals(List.of("gpdf"), usernames(action));
        assertEquals(List.of(IssueKey.parse("DM-12813").orElseThrow()), action.issueKeys());
        assertEquals(Optional.of("Pipeline output dataset"), action.topic());
        assertEquals(Optional.of(LocalDate.of(2017, 11, 15)), action.due());
        assertEquals(
                "(work with @xiuqin) schedule work to provide information on the metadata which should be "
                        + "included in pipeline outputs to make them useful for SUIT.",
                action.text());
    }

    @Test
    public void theJiraProjectsKnownOnThePageAreTheAgendaProjectAndTheEmbeddedIssues() {
        assertEquals(java.util.Set.of("DM", "RFC"), page.projects().keys());
    }
}
