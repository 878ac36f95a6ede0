package dev.agenda.confluence.rest;

import com.atlassian.plugins.rest.api.security.annotation.AnonymousSiteAccess;
import dev.agenda.core.calendar.AgendaCalendar;
import dev.agenda.core.calendar.CalendarException;
import dev.agenda.core.calendar.CalendarSource;
import dev.agenda.services.Refusal;
import dev.agenda.services.page.Need;
import dev.agenda.services.page.PageAccess;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/**
 * {@code GET /rest/agenda/1.0/pages/{pageId}/agenda.ics}: the page's agendas as an iCalendar file, one event per
 * agenda day, the same document as {@code agenda ics PAGE.xml} (the events link to the page's address), offered as a
 * download named after the page. Readable by whoever may view the page, as the page's actions are: a page that does
 * not exist and one the caller may not view get the same 404; a page with an agenda without a date gets 422 with the
 * words that say which agenda. Built by REST v2 through HK2 with its {@link Inject} constructor.
 */
@Path("pages/{pageId}/agenda.ics")
@AnonymousSiteAccess
public class CalendarResource {

    /** The media type of the answer: iCalendar in UTF-8 (RFC 5545 §8.1). */
    public static final String TEXT_CALENDAR = "text/calendar; charset=utf-8";

    private static final int MAX_FILE_NAME = 100;

    private final PageAccess pages;
    private final AgendaCalendar calendar;

    @Inject
    public CalendarResource(PageAccess pages, AgendaCalendar calendar) {
        this.pages = pages;
        this.calendar = calendar;
    }

    @GET
    @Produces(TEXT_CALENDAR)
    public Response calendar(@PathParam("pageId") String pageId) {
        return pages.open(pageId, Need.VIEW)
                .fold(
                        ready -> {
                            String title = ready.page().title();
                            try {
                                String ics = calendar.write(new CalendarSource(
                                        ready.meeting(), title, ready.page().address(), null));
                                return Response.ok(ics, TEXT_CALENDAR)
                                        .header(HttpHeaders.CONTENT_DISPOSITION, attachment(title))
                                        .build();
                            } catch (CalendarException e) {
                                return RestErrors.refused(Refusal.of(Refusal.Reason.UNREADABLE, e.getMessage()));
                            }
                        },
                        RestErrors::refused);
    }

    /**
     * {@code attachment; filename="…"; filename*=UTF-8''…} (RFC 6266): the page's title as the file's name, quotes,
     * backslashes, path separators and control characters replaced, non-ASCII kept only in the {@code filename*}
     * form, which browsers prefer.
     */
    static String attachment(String title) {
        StringBuilder safe = new StringBuilder();
        title.codePoints().forEach(c -> {
            boolean unsafe = c == '"' || c == '\\' || c == '/' || c == ':' || c == ';' || Character.isISOControl(c);
            safe.appendCodePoint(unsafe ? '_' : c);
        });
        String name = safe.toString().strip();
        if (name.isEmpty()) {
            name = "agenda";
        }
        if (name.codePointCount(0, name.length()) > MAX_FILE_NAME) {
            name = name.substring(0, name.offsetByCodePoints(0, MAX_FILE_NAME)).strip();
        }
        name = name + ".ics";
        String ascii = name.codePoints()
                .map(c -> c < 0x20 || c > 0x7e ? '_' : c)
                .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append)
                .toString();
        String encoded = URLEncoder.encode(name, StandardCharsets.UTF_8).replace("+", "%20");
        return "attachment; filename=\"" + ascii + "\"; filename*=UTF-8''" + encoded;
    }
}
