package dev.agenda.core.series;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNotEquals;
import static org.junit.Assert.assertTrue;

import dev.agenda.core.Fixtures;
import dev.agenda.core.actions.ActionItem;
import dev.agenda.core.actions.CarriedFrom;
import dev.agenda.core.agenda.Agenda;
import dev.agenda.core.agenda.AgendaEntry;
import dev.agenda.core.agenda.AgendaRow;
import dev.agenda.core.agenda.ColumnRole;
import dev.agenda.core.issues.JiraProjects;
import dev.agenda.core.page.MeetingPage;
import dev.agenda.core.page.MeetingPageReader;
import dev.agenda.core.render.HostContentRenderer;
import dev.agenda.core.render.IssueLinks;
import dev.agenda.core.render.PageRenderer;
import dev.agenda.core.render.RenderContext;
import dev.agenda.core.render.Templates;
import dev.agenda.core.storage.StorageElement;
import dev.agenda.core.users.InMemoryUserDirectory;
import dev.agenda.core.users.Person;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.Test;

/** The next meeting's page, made from the pages of examples/series and from the reference page. */
public class NextMeetingTest {

    private static final InMemoryUserDirectory USERS = Fixtures.referenceUsers();
    private static final String ADDRESS = "https://wiki.example.org/pages/viewpage.action?pageId=20";
    private static final LocalDate NOV_27 = LocalDate.of(2017, 11, 27);

    private static String series(String date) {
        try {
            return Files.readString(Fixtures.examples().resolve("series").resolve("dm-weekly-" + date + ".xml"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static MeetingPage read(String pageId, String storage) {
        return new MeetingPageReader(USERS, JiraProjects.none(), Fixtures.SERVER_ZONE)
                .readPage(pageId, Fixtures.parse(storage));
    }

    private final MeetingPage nov20 = read("20", series("2017-11-20"));

    private NextMeeting.NewPage next(Map<String, ActionState> states) {
        return NextMeeting.of(nov20, "DM Weekly 2017-11-20", ADDRESS, states, NOV_27);
    }

    private static List<String> cells(Agenda agenda, ColumnRole role) {
        return agenda.table().orElseThrow().items().stream()
                .map(row -> row.cell(role).map(StorageElement::textContent).orElse("?"))
                .toList();
    }

    private static List<String> usernames(ActionItem action) {
        return action.assignees().stream().map(Person::username).toList();
    }

    @Test
    public void theSameAgendaOnTheNewDateWithItsTimesTopicsAndChairsAndItsNotesEmptied() {
        NextMeeting.NewPage page = next(Map.of());
        MeetingPage made = read("27", page.storage());

        assertEquals("DM Weekly 2017-11-27", page.title());
        assertEquals(1, made.agendas().size());
        Agenda before = nov20.agendas().get(0);
        Agenda after = made.agendas().get(0);
        assertEquals(Optional.of(NOV_27), after.day());
        assertEquals(before.parameters().title(), after.parameters().title());
        assertEquals(before.parameters().zone(), after.parameters().zone());
        assertEquals(before.parameters().project(), after.parameters().project());
        for (ColumnRole role : List.of(ColumnRole.TIME, ColumnRole.TOPIC, ColumnRole.CHAIR)) {
            assertEquals(role.name(), cells(before, role), cells(after, role));
        }
        assertTrue(after.table().orElseThrow().items().stream()
                .map(row -> row.cell(ColumnRole.NOTES).orElseThrow())
                .allMatch(cell -> cell.children().isEmpty()));
        assertEquals(
                before.items().stream().map(AgendaEntry::topic).toList(),
                after.items().stream().map(AgendaEntry::topic).toList());
        assertTrue(
                "no task in the agenda's rows: the carried ones follow the table",
                made.actionsIn(after).stream().allMatch(action -> action.topic().isEmpty()));
        assertEquals(3, made.actionsIn(after).size());
        String oldId = nov20.root().descendants().stream()
                .filter(e -> e.isMacro("agenda"))
                .findFirst()
                .orElseThrow()
                .attribute("ac:macro-id")
                .orElseThrow();
        assertFalse("a new macro id", page.storage().contains(oldId));
        assertTrue(page.storage().contains("ac:macro-id="));
    }

    @Test
    public void theNewPageParsesAndRendersWithoutAWarningAndLinksToThePreviousOne() {
        MeetingPage made = read("27", next(Map.of()).storage());
        made.agendas().forEach(agenda -> {
            assertEquals(List.of(), agenda.warnings());
            agenda.items()
                    .forEach(entry -> assertEquals(List.of(), entry.schedule().warnings()));
        });
        made.actions().forEach(action -> assertEquals(action.text(), List.of(), action.warnings()));

        RenderContext context = new RenderContext(
                USERS,
                IssueLinks.jiraAt("https://jira.example.org/"),
                HostContentRenderer.none(),
                Instant.parse("2017-11-27T18:00:00Z"),
                Fixtures.SERVER_ZONE);
        Document html = Jsoup.parse(new PageRenderer(new Templates()).renderDocument(made, context, "27.xml"));
        assertTrue(html.select(".agenda-warnings, .agenda-inline-warning").isEmpty());
        assertEquals(
                "DM Weekly 2017-11-20",
                html.select("a[href=" + ADDRESS + "]").first().text());
        assertEquals(
                List.of("Open actions from DM Weekly 2017-11-20"),
                html.select("h2").eachText());
    }

    @Test
    public void everyUntickedActionIsCarriedWithItsPeopleDateAndWordsAndSaysWhereItCameFrom() {
        NextMeeting.NewPage page = next(Map.of());
        MeetingPage made = read("27", page.storage());

        List<ActionItem> before =
                nov20.actions().stream().filter(action -> !action.isComplete()).toList();
        assertEquals(
                List.of("1", "2", "4"), before.stream().map(ActionItem::taskId).toList());
        assertEquals(3, made.actions().size());
        for (int i = 0; i < 3; i++) {
            ActionItem was = before.get(i);
            ActionItem is = made.actions().get(i);
            assertEquals(was.text(), is.text());
            assertEquals(usernames(was), usernames(is));
            assertEquals(was.due(), is.due());
            assertFalse(is.isComplete());
            assertEquals(Optional.of("20/" + was.taskId()), CarriedFrom.originActionId(is.task()));
            assertEquals("20/" + was.taskId(), page.carried().get(i).originActionId());
        }
        assertTrue(page.storage().contains("(from DM Weekly 2017-11-20)"));
        assertTrue(page.storage().contains(ADDRESS.replace("&", "&amp;") + "#agenda-action=20/4"));
    }

    @Test
    public void jiraDecidesOverTheBoxDoneInJiraIsNotCarriedAndACarriedTaskNamesItsIssue() {
        NextMeeting.NewPage page = next(Map.of(
                "20/1", new ActionState(Optional.of("DM-5"), ActionState.InJira.DONE),
                "20/2", new ActionState(Optional.of("DM-6"), ActionState.InJira.UNKNOWN),
                "20/3", new ActionState(Optional.of("DM-7"), ActionState.InJira.OPEN)));
        MeetingPage made = read("27", page.storage());

        assertEquals(
                "unticked but done in Jira: not carried; ticked but open in Jira: carried",
                List.of("20/2", "20/3", "20/4"),
                made.actions().stream()
                        .map(action -> CarriedFrom.originActionId(action.task()).orElseThrow())
                        .toList());
        assertEquals(
                List.of("DM-6", "DM-7", ""),
                made.actions().stream()
                        .map(action -> action.issueKeys().isEmpty()
                                ? ""
                                : action.issueKeys().get(0).toString())
                        .toList());
        assertEquals(
                "the key is a field, not words",
                nov20.actions().get(1).text(),
                made.actions().get(0).text());
        assertEquals(Optional.of("DM-7"), page.carried().get(1).issueKey());
    }

    @Test
    public void aTaskThatNamesItsIssueNamesItOnceAndACarriedTaskCarriedAgainKeepsItsOrigin() {
        MeetingPage nov13 = read("13", series("2017-11-13"));
        NextMeeting.NewPage second =
                NextMeeting.of(nov13, "DM Weekly 2017-11-13", "https://w/13", Map.of(), LocalDate.of(2017, 11, 20));
        assertEquals(1, second.storage().split("DM-12813", -1).length - 1);
        MeetingPage made = read("20b", second.storage());
        NextMeeting.NewPage third = NextMeeting.of(made, second.title(), "https://w/20b", Map.of(), NOV_27);
        MeetingPage last = read("27", third.storage());

        assertEquals(
                List.of("13/1", "13/3"),
                last.actions().stream()
                        .map(action -> CarriedFrom.originActionId(action.task()).orElseThrow())
                        .toList());
        assertEquals("one link to where it came from", 2, third.storage().split("#agenda-action=", -1).length - 1);
        assertTrue(third.storage().contains("Open actions from DM Weekly 2017-11-20"));
        assertFalse(third.storage().contains("https://w/20b#agenda-action"));
        assertEquals(
                "a task's words hold no note of where it came from",
                nov13.actions().get(2).text(),
                last.actions().get(1).text());
    }

    @Test
    public void severalAgendasMoveByTheSameNumberOfDaysAndATitleWithoutTheDateGetsIt() {
        MeetingPage reference = Fixtures.referencePage();
        NextMeeting.NewPage page =
                NextMeeting.of(reference, "F2F", "https://w/f2f", Map.of(), LocalDate.of(2018, 2, 6));
        MeetingPage made = read("next", page.storage());

        assertEquals("F2F 2018-02-06", page.title());
        assertEquals(
                List.of(Optional.of(LocalDate.of(2018, 2, 6)), Optional.of(LocalDate.of(2018, 2, 7))),
                made.agendas().stream().map(Agenda::day).toList());
        assertEquals(
                reference.actions().stream().filter(a -> !a.isComplete()).count(),
                made.actions().size());
        assertEquals(made.actions(), made.actionsIn(made.agendas().get(0)));
        assertTrue(made.actions().stream().allMatch(action -> action.topic().isEmpty()));
        assertTrue(made.agendas().get(0).table().orElseThrow().rows().stream()
                .filter(row -> row.kind() == AgendaRow.Kind.ITEM)
                .allMatch(row -> row.cell(ColumnRole.NOTES)
                        .map(cell -> cell.children().isEmpty())
                        .orElse(true)));
    }

    @Test
    public void madeTwiceForTheSameDateItIsTheSamePageAndForAnotherDateNewIds() {
        assertEquals(next(Map.of()).storage(), next(Map.of()).storage());
        NextMeeting.NewPage other =
                NextMeeting.of(nov20, "DM Weekly 2017-11-20", ADDRESS, Map.of(), NOV_27.plusDays(1));
        assertNotEquals(next(Map.of()).storage().replace("2017-11-27", "2017-11-28"), other.storage());
    }

    @Test
    public void aPageTitledByAHeadingMakesAPageTitledTheSameWayAndAPageWithoutOneDoesNot() {
        MeetingPage made = read("27", next(Map.of()).storage());
        String withoutHeading = series("2017-11-20").replaceFirst("<h1>[^<]*</h1>", "");
        MeetingPage madeWithout = read(
                "27",
                NextMeeting.of(read("20", withoutHeading), "DM Weekly 2017-11-20", ADDRESS, Map.of(), NOV_27)
                        .storage());

        assertEquals(
                List.of("DM Weekly 2017-11-27"),
                made.root().descendants("h1").stream()
                        .map(StorageElement::textContent)
                        .toList());
        assertEquals(List.of(), madeWithout.root().descendants("h1"));
    }
}
