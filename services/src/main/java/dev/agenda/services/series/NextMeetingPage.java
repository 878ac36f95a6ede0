package dev.agenda.services.series;

import dev.agenda.core.series.NextMeeting;
import java.util.List;
import java.util.Objects;

/**
 * The next meeting's page: made now, or found there already for the date (then nothing was made).
 *
 * @param made    whether this request made the page
 * @param id      the page's id
 * @param title   its title
 * @param address its absolute address
 * @param carried the actions carried into it, when it was made now; empty when it was found
 */
public record NextMeetingPage(boolean made, long id, String title, String address, List<NextMeeting.Carried> carried) {

    public NextMeetingPage {
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(address, "address");
        carried = List.copyOf(carried);
    }
}
