package dev.agenda.preview;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import dev.agenda.core.issues.JiraProjects;
import dev.agenda.core.page.MeetingPageReader;
import dev.agenda.core.storage.StorageFormatParser;
import dev.agenda.testing.ReferencePage;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Optional;
import org.junit.Rule;
import org.junit.Test;
import org.junit.rules.TemporaryFolder;

/** What the page list says of each page: title, days, open actions, the meeting's start; or why it cannot be read. */
public class MeetingEntryTest {

    @Rule
    public final TemporaryFolder folder = new TemporaryFolder();

    private final StorageFormatParser parser = new StorageFormatParser();
    private final MeetingPageReader reader =
            new MeetingPageReader(ReferencePage.users(), JiraProjects.none(), ZoneId.of("UTC"));

    @Test
    public void theReferencePageIsItsHeadingItsTwoDaysItsOpenActionsAndItsFirstItemsStart() throws Exception {
        MeetingEntry entry = MeetingEntry.read(page("dmlt-f2f-2017-11.xml", ReferencePage.storage()), parser, reader);

        assertEquals("DM Leadership Team Face-to-Face Meeting, 2017-11-01 to 03", entry.title());
        assertEquals(Optional.of("2 Nov 2017 – 3 Nov 2017"), entry.daysInWords());
        long open = ReferencePage.meeting().actions().stream()
                .filter(action -> !action.isComplete())
                .count();
        assertTrue("some of the reference page's actions are open, some done", open > 0 && open < 11);
        assertEquals(open, entry.openActions());
        assertEquals(
                "Day 1's Welcome, in the agenda's own zone",
                Optional.of(ZonedDateTime.of(2017, 11, 2, 9, 0, 0, 0, ZoneId.of("America/Phoenix"))),
                entry.meetingStart());
        assertEquals(Optional.empty(), entry.problem());
    }

    @Test
    public void aPageWithoutAHeadingIsItsFileNameAndOneWithoutADateHasNoStart() throws Exception {
        MeetingEntry entry = MeetingEntry.read(
                page(
                        "weekly.xml",
                        "<p>Notes</p><ac:task-list><ac:task><ac:task-id>1</ac:task-id>"
                                + "<ac:task-status>incomplete</ac:task-status><ac:task-body>Write it</ac:task-body>"
                                + "</ac:task></ac:task-list>"),
                parser,
                reader);

        assertEquals("weekly", entry.title());
        assertEquals(Optional.empty(), entry.daysInWords());
        assertEquals(1, entry.openActions());
        assertEquals(Optional.empty(), entry.meetingStart());
    }

    @Test
    public void aPageThatCannotBeParsedIsListedByItsFileNameWithTheReasonInWords() throws Exception {
        MeetingEntry entry = MeetingEntry.read(page("broken.xml", "<h1>Broken</h1><p>unclosed"), parser, reader);

        assertEquals("broken.xml", entry.title());
        String problem = entry.problem().orElseThrow();
        assertTrue(problem, problem.startsWith("broken.xml is not Confluence storage format that can be read: "));
        assertTrue(problem, problem.contains("line 1"));
    }

    @Test
    public void meetingsAreNewestFirstThenTheUndatedAndUnreadableByTitle() throws Exception {
        MeetingEntry reference =
                MeetingEntry.read(page("dmlt-f2f-2017-11.xml", ReferencePage.storage()), parser, reader);
        MeetingEntry later = MeetingEntry.read(
                page(
                        "later.xml",
                        ReferencePage.storage()
                                .replace("2017-11-02", "2018-03-01")
                                .replace("2017-11-03", "2018-03-02")
                                .replace("<h1>DM Leadership", "<h1>Later DM Leadership")),
                parser,
                reader);
        MeetingEntry undated = MeetingEntry.read(page("a-notes.xml", "<p>no date</p>"), parser, reader);
        MeetingEntry broken = MeetingEntry.read(page("b-broken.xml", "<p>"), parser, reader);

        List<String> sorted = List.of(broken, undated, reference, later).stream()
                .sorted(MeetingEntry.NEWEST_FIRST)
                .map(MeetingEntry::title)
                .toList();

        assertEquals(
                List.of(
                        later.title(),
                        "DM Leadership Team Face-to-Face Meeting, 2017-11-01 to 03",
                        "a-notes",
                        "b-broken.xml"),
                sorted);
    }

    private FilePage page(String fileName, String storage) throws Exception {
        Path file = folder.getRoot().toPath().resolve(fileName);
        Files.writeString(file, storage, StandardCharsets.UTF_8);
        return new FilePage(PageFiles.idOf(file), file, new SiteAddress());
    }
}
