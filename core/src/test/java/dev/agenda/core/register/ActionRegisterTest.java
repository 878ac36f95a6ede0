package dev.agenda.core.register;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import dev.agenda.core.Fixtures;
import dev.agenda.core.page.MeetingPage;
import dev.agenda.core.series.NextMeeting;
import dev.agenda.core.sync.SyncRecord;
import dev.agenda.core.tracker.IssueStatus;
import dev.agenda.core.tracker.StatusCategory;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.Test;

public class ActionRegisterTest {

    private static final LocalDate TODAY = LocalDate.parse("2017-11-28");
    private static final IssueStatus OPEN_IN_JIRA = new IssueStatus("In Progress", StatusCategory.IN_PROGRESS);
    private static final IssueStatus DONE_IN_JIRA = new IssueStatus("Done", StatusCategory.DONE);

    private final ActionRegister register = new ActionRegister();

    @Test
    public void theSeriesIsListedByDueDateWithUndatedActionsLast() {
        List<RegisterEntry> all = register.select(entries(series(Map.of()), Map.of()), RegisterFilter.all(), TODAY);

        assertEquals(
                List.of(
                        "2017-11-13/2 2017-11-15",
                        "2017-11-20/3 2017-11-17",
                        "2017-11-13/1 2017-11-20",
                        "2017-11-13/3 2017-11-22",
                        "2017-11-20/1 2017-11-27",
                        "2017-11-27/3 2017-12-01",
                        "2017-11-20/2 2017-12-04",
                        "2017-11-27/1 2017-12-11",
                        "2017-11-20/4 -",
                        "2017-11-27/2 -"),
                all.stream()
                        .map(entry -> entry.action().id() + " "
                                + entry.action().due().map(LocalDate::toString).orElse("-"))
                        .toList());
        assertEquals(Optional.of(LocalDate.parse("2017-11-20")), all.get(8).meetingDate());
    }

    @Test
    public void doneIsJirasWordWhereTheActionHasAnIssueAndThePagesTickElsewhere() {
        Map<String, SyncRecord> records13 = Map.of(
                "2017-11-13/1", record("2017-11-13/1", "DM-1", false),
                "2017-11-13/2", record("2017-11-13/2", "DM-2", true));
        List<RegisterEntry> entries =
                entries(series(Map.of("2017-11-13", records13)), Map.of("DM-1", DONE_IN_JIRA, "DM-2", OPEN_IN_JIRA));

        RegisterEntry untickedButDoneInJira = find(entries, "2017-11-13/1");
        RegisterEntry tickedButOpenInJira = find(entries, "2017-11-13/2");
        assertTrue(untickedButDoneInJira.done());
        assertEquals(Optional.of("DM-1"), untickedButDoneInJira.jiraKey());
        assertFalse(tickedButOpenInJira.done());
        assertTrue("no issue: the page's tick", find(entries, "2017-11-20/3").done());
        assertFalse(find(entries, "2017-11-20/1").done());
    }

    @Test
    public void withoutAKnownStatusTheLastSyncSaysWhetherTheIssueWasDone() {
        Map<String, SyncRecord> records13 = Map.of("2017-11-13/1", record("2017-11-13/1", "DM-1", true));

        RegisterEntry entry = find(entries(series(Map.of("2017-11-13", records13)), Map.of()), "2017-11-13/1");

        assertTrue(entry.done());
        assertEquals(Optional.empty(), entry.jiraStatus());
    }

    @Test
    public void theFiltersNarrowTheListEachInItsOwnWay() {
        List<RegisterEntry> entries = entries(series(Map.of()), Map.of());

        assertEquals(
                List.of("2017-11-13/2", "2017-11-13/3", "2017-11-27/1"),
                ids(register.select(entries, RegisterFilter.all().withAssignee("GPDF"), TODAY)));
        assertEquals(
                List.of("2017-11-13/3", "2017-11-27/1"),
                ids(register.select(
                        entries,
                        RegisterFilter.all().withAssignee("gpdf").withState(RegisterFilter.State.OPEN),
                        TODAY)));
        assertEquals(
                List.of("2017-11-13/2", "2017-11-20/3"),
                ids(register.select(entries, RegisterFilter.all().withState(RegisterFilter.State.DONE), TODAY)));
        assertEquals(
                List.of("2017-11-13/1", "2017-11-13/3", "2017-11-20/1"),
                ids(register.select(entries, RegisterFilter.all().overdueOnly(), TODAY)));
        assertEquals(
                List.of("2017-11-27/3", "2017-11-20/2"),
                ids(register.select(entries, RegisterFilter.all().withDueWithin(6), TODAY)));
        assertEquals(
                10,
                register.select(entries, RegisterFilter.all().withProject("dm"), TODAY)
                        .size());
        assertEquals(List.of(), register.select(entries, RegisterFilter.all().withProject("RFC"), TODAY));
    }

    @Test
    public void anIssueInAnotherProjectCountsForThatProjectNotTheAgendas() {
        Map<String, SyncRecord> records20 = Map.of("2017-11-20/2", record("2017-11-20/2", "RFC-9", false));

        List<RegisterEntry> entries = entries(series(Map.of("2017-11-20", records20)), Map.of());

        assertEquals(
                List.of("2017-11-20/2"),
                ids(register.select(entries, RegisterFilter.all().withProject("RFC"), TODAY)));
        assertEquals(
                "the recorded issue, and the one the SUIT task names",
                List.of("DM-12813", "RFC-9"),
                register.trackingKeys(series(Map.of("2017-11-20", records20))));
    }

    @Test
    public void theFiltersSayInWordsWhatTheyAskFor() {
        assertEquals(List.of(), RegisterFilter.all().describe());
        assertEquals(
                List.of("assigned to ebellm", "open", "overdue", "due within 1 day", "in project DM"),
                RegisterFilter.all()
                        .withAssignee("ebellm")
                        .withState(RegisterFilter.State.OPEN)
                        .overdueOnly()
                        .withDueWithin(1)
                        .withProject("DM")
                        .describe());
    }

    @Test
    public void everyActionOfTheReferencePageIsInTheRegister() {
        MeetingPage reference = Fixtures.referencePage();
        RegisterPage page = new RegisterPage("DMLT F2F", "http://wiki/dmlt", reference, Map.of());

        List<RegisterEntry> entries = register.entries(List.of(page), Map.of());

        assertEquals(reference.actions().size(), entries.size());
        assertTrue(entries.stream().allMatch(entry -> entry.meetingDate().isPresent()));
    }

    private List<RegisterEntry> entries(List<RegisterPage> pages, Map<String, IssueStatus> statuses) {
        return register.entries(pages, statuses);
    }

    private static List<RegisterPage> series(Map<String, Map<String, SyncRecord>> records) {
        return List.of("2017-11-13", "2017-11-20", "2017-11-27").stream()
                .map(date -> {
                    String storage = read("dm-weekly-" + date + ".xml");
                    MeetingPage meeting = Fixtures.page(date, storage, Fixtures.referenceUsers());
                    return new RegisterPage(
                            "DM Weekly " + date, "http://wiki/" + date, meeting, records.getOrDefault(date, Map.of()));
                })
                .toList();
    }

    private static SyncRecord record(String actionId, String key, boolean jiraDone) {
        return new SyncRecord(
                actionId,
                key,
                "1" + key.hashCode(),
                SyncRecord.Origin.CREATED,
                "summary",
                Optional.empty(),
                Optional.empty(),
                false,
                jiraDone,
                Instant.EPOCH);
    }

    private static RegisterEntry find(List<RegisterEntry> entries, String id) {
        return entries.stream()
                .filter(entry -> entry.action().id().equals(id))
                .findFirst()
                .orElseThrow();
    }

    private static List<String> ids(List<RegisterEntry> entries) {
        return entries.stream().map(entry -> entry.action().id()).toList();
    }

    private static String read(String name) {
        try {
            return Files.readString(Fixtures.examples().resolve("series").resolve(name));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Test
    public void anActionThatNamesAnIssueIsTrackedByItBeforeAnySyncAndTakesItsStatus() {
        RegisterEntry suit = find(entries(series(Map.of()), Map.of("DM-12813", DONE_IN_JIRA)), "2017-11-13/3");

        assertEquals(Optional.of("DM-12813"), suit.jiraKey());
        assertTrue("done in Jira, though not ticked on the page", suit.done());
    }

    @Test
    public void anActionCarriedIntoTheNextMeetingIsListedOnceAtItsLatestMeeting() {
        List<RegisterPage> pages = new ArrayList<>(series(Map.of()));
        RegisterPage nov27 = pages.get(2);
        String next = NextMeeting.of(
                        nov27.meeting(), "DM Weekly 2017-11-27", nov27.address(), Map.of(), LocalDate.of(2017, 12, 4))
                .storage();
        pages.add(new RegisterPage(
                "DM Weekly 2017-12-04",
                "https://wiki.example.org/1204",
                Fixtures.page("2017-12-04", next, Fixtures.referenceUsers()),
                Map.of()));

        List<RegisterEntry> open = register.select(
                entries(pages, Map.of()), RegisterFilter.all().withState(RegisterFilter.State.OPEN), TODAY);

        List<String> notebook = open.stream()
                .filter(entry -> entry.action().text().startsWith("Write up the notebook"))
                .map(entry -> entry.page().title())
                .toList();
        assertEquals(List.of("DM Weekly 2017-12-04"), notebook);
        assertEquals("the series' 8 open actions, none twice", 8, open.size());
    }
}
