package dev.agenda.core.calendar;

import dev.agenda.core.page.MeetingPage;
import java.time.Instant;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * What a calendar is written from: the meeting page as read, its title and its address (the event's {@code URL}), and
 * when the page last changed where the host knows it (the events' {@code LAST-MODIFIED}; null when it does not).
 */
public record CalendarSource(
        MeetingPage meeting,
        String title,
        String address,
        @Nullable Instant lastModified) {

    public CalendarSource {
        Objects.requireNonNull(meeting, "meeting");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(address, "address");
    }
}
