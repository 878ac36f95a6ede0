package dev.agenda.core.register;

import dev.agenda.core.page.MeetingPage;
import dev.agenda.core.sync.SyncRecord;
import java.util.Map;
import java.util.Objects;

/**
 * One meeting page as the register reads it: where it is, what it says, and what its sync remembers.
 *
 * @param title   the page's title, as the host shows it
 * @param address the page's absolute address, for the link from the register to the meeting
 * @param meeting the page as read, under the page's id
 * @param records the page's sync records by action id; empty for a page never synced
 */
public record RegisterPage(String title, String address, MeetingPage meeting, Map<String, SyncRecord> records) {

    public RegisterPage {
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(address, "address");
        Objects.requireNonNull(meeting, "meeting");
        records = Map.copyOf(records);
    }

    public String pageId() {
        return meeting.pageId();
    }
}
