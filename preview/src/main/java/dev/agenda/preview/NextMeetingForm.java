package dev.agenda.preview;

import dev.agenda.core.agenda.Agenda;
import dev.agenda.core.page.MeetingPage;
import dev.agenda.core.render.HtmlWriter;
import dev.agenda.core.render.SafeHtml;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Objects;

/**
 * "Create next meeting" on a page of the preview host: a date (the same weekday a week after the page's meeting, or
 * after today for a page without a date) and a button. Its script ({@value #SCRIPT_PATH}, a file of the host's own,
 * as the security policy wants) posts to {@code POST …/pages/{id}/next?date=} with the XSRF header, opens the new page
 * when it was made, and when the page for the date exists says so with a link to it.
 */
final class NextMeetingForm {

    static final String SCRIPT_PATH = "/static/next-meeting.js";
    private static final String SCRIPT_RESOURCE = "next-meeting.js";

    private NextMeetingForm() {}

    /** The form for the page, posting to the REST resource under {@code restBase}. */
    static SafeHtml html(long pageId, MeetingPage meeting, String restBase, Clock clock, ZoneId zone) {
        LocalDate next = meeting.agendas().stream()
                .map(Agenda::day)
                .flatMap(java.util.Optional::stream)
                .findFirst()
                .orElseGet(() -> LocalDate.now(clock.withZone(zone)))
                .plusWeeks(1);
        return new HtmlWriter()
                .open("form", "class", "preview-next-meeting", "data-next-url", restBase + "/pages/" + pageId + "/next")
                .open("label")
                .text("Next meeting on ")
                .open("input", "type", "date", "name", "date", "value", next.toString(), "required", "required")
                .close("label")
                .text(" ")
                .element("button", "Create next meeting", "type", "submit", "class", "preview-next-meeting-create")
                .element("p", "", "class", "preview-next-meeting-result", "role", "status")
                .close("form")
                .open("script", "src", SCRIPT_PATH)
                .close("script")
                .toSafeHtml();
    }

    static byte[] script() {
        try (InputStream in = Objects.requireNonNull(
                NextMeetingForm.class.getResourceAsStream(SCRIPT_RESOURCE), SCRIPT_RESOURCE + " is packaged")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).getBytes(StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
