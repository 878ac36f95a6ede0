package dev.agenda.preview;

import dev.agenda.core.agenda.Agenda;
import dev.agenda.core.agenda.AgendaEntry;
import dev.agenda.core.page.MeetingPage;
import dev.agenda.core.page.MeetingPageReader;
import dev.agenda.core.render.PageRenderer;
import dev.agenda.core.storage.StorageFormatException;
import dev.agenda.core.storage.StorageFormatParser;
import dev.agenda.core.text.PlainText;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What the preview's page list says about one page: the meeting's title (the page's first heading, else its file
 * name), its days (the agendas' dates), how many of its actions are still open, and when its first item starts in
 * its agenda's time zone (for "View as during the meeting"); or, for a page that cannot be read, its file name and
 * the reason in words. Immutable.
 *
 * @param days         the first and last dates of its agendas, none when no agenda has a date
 * @param meetingStart when the first item with a time of the first agenda with a date starts, in that agenda's zone
 * @param problem      why the page cannot be read; the other fields are then empty
 */
record MeetingEntry(
        FilePage page,
        String title,
        List<LocalDate> days,
        int openActions,
        Optional<ZonedDateTime> meetingStart,
        Optional<String> problem) {

    /** Meetings with a date first, newest first; then the rest (undated, unreadable) by title. */
    static final Comparator<MeetingEntry> NEWEST_FIRST = Comparator.comparing((MeetingEntry entry) ->
                    entry.days().isEmpty() ? LocalDate.MIN : entry.days().get(0))
            .reversed()
            .thenComparing(MeetingEntry::title, String.CASE_INSENSITIVE_ORDER);

    MeetingEntry {
        Objects.requireNonNull(page, "page");
        Objects.requireNonNull(title, "title");
        days = List.copyOf(days);
        Objects.requireNonNull(meetingStart, "meetingStart");
        Objects.requireNonNull(problem, "problem");
    }

    /** Reads the page file; a page that cannot be read is an entry with its problem, never an exception. */
    static MeetingEntry read(FilePage page, StorageFormatParser parser, MeetingPageReader reader) {
        String fileName = page.file().getFileName().toString();
        try {
            return of(page, reader.readPage(String.valueOf(page.id()), parser.parse(page.storage())));
        } catch (StorageFormatException e) {
            return unreadable(page, fileName + " is not Confluence storage format that can be read: " + e.getMessage());
        } catch (UncheckedIOException e) {
            return unreadable(page, fileName + " could not be read from the disk: " + e.getMessage());
        }
    }

    /** The entry of a page that was read. */
    static MeetingEntry of(FilePage page, MeetingPage meeting) {
        List<LocalDate> dates = meeting.agendas().stream()
                .flatMap(agenda -> agenda.day().stream())
                .sorted()
                .toList();
        List<LocalDate> days = dates.isEmpty() ? List.of() : List.of(dates.get(0), dates.get(dates.size() - 1));
        int open = (int) meeting.actions().stream()
                .filter(action -> !action.isComplete())
                .count();
        return new MeetingEntry(
                page,
                PageRenderer.headingOf(meeting.root()).orElseGet(page::fileTitle),
                days,
                open,
                start(meeting),
                Optional.empty());
    }

    private static MeetingEntry unreadable(FilePage page, String problem) {
        return new MeetingEntry(
                page, page.file().getFileName().toString(), List.of(), 0, Optional.empty(), Optional.of(problem));
    }

    /** The start of the first item with a time, in the first agenda that has a date. */
    private static Optional<ZonedDateTime> start(MeetingPage meeting) {
        for (Agenda agenda : meeting.agendas()) {
            if (agenda.day().isEmpty()) {
                continue;
            }
            for (AgendaEntry item : agenda.items()) {
                if (item.schedule().start().isPresent()) {
                    return agenda.instantOf(item.schedule().start().get())
                            .map(instant -> instant.atZone(agenda.parameters().zone()));
                }
            }
        }
        return Optional.empty();
    }

    /** The days in words: "2 Nov 2017", or "2 Nov 2017 – 3 Nov 2017" for a meeting of several days. */
    Optional<String> daysInWords() {
        if (days.isEmpty()) {
            return Optional.empty();
        }
        String first = PlainText.date(days.get(0));
        return Optional.of(days.get(0).equals(days.get(1)) ? first : first + " – " + PlainText.date(days.get(1)));
    }
}
