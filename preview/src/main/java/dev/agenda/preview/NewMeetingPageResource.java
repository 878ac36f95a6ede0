package dev.agenda.preview;

import dev.agenda.core.page.PageFileName;
import dev.agenda.core.render.HtmlWriter;
import dev.agenda.core.render.SafeHtml;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.StandardOpenOption;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * "New meeting page" in the preview host, as Confluence's Create dialog offers the "Meeting agenda" blueprint:
 * {@code GET /new} is a form (title, date), {@code POST /new} writes a page file made from the plugin's own meeting
 * template into the pages directory and opens it. The file is named after the title ({@code DM Weekly 2017-12-04} →
 * {@code dm-weekly-2017-12-04.xml}); a page of that name is never overwritten — the form says it exists and links to
 * it. Posts from another origin are refused, as sign-in's are.
 */
@Path("new")
public class NewMeetingPageResource {

    private static final String HTML = "text/html; charset=utf-8";
    private static final int MAX_TITLE = 200;

    private final PageFiles pages;
    private final MeetingTemplate template;
    private final PreviewChrome chrome;
    private final Clock clock;
    private final ZoneId zone;

    NewMeetingPageResource(PageFiles pages, MeetingTemplate template, PreviewChrome chrome, Clock clock, ZoneId zone) {
        this.pages = pages;
        this.template = template;
        this.chrome = chrome;
        this.clock = clock;
        this.zone = zone;
    }

    @GET
    @Produces(HTML)
    public String form() {
        return page("", LocalDate.now(clock.withZone(zone)).toString(), null);
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Produces(HTML)
    public Response create(
            @FormParam("title") @Nullable String title,
            @FormParam("date") @Nullable String date,
            @HeaderParam("Origin") @Nullable String origin,
            @HeaderParam("Host") @Nullable String host) {
        String typedTitle = title == null ? "" : title.strip();
        String typedDate = date == null ? "" : date.strip();
        if (host == null || !SessionCookie.sameOrigin(origin, host)) {
            return answer(
                    403,
                    typedTitle,
                    typedDate,
                    words("A new page is only made from this preview host's own" + " form."));
        }
        if (typedTitle.isEmpty() || typedTitle.length() > MAX_TITLE) {
            return answer(
                    400,
                    typedTitle,
                    typedDate,
                    words("Give the meeting a title of 1 to " + MAX_TITLE + " characters, e.g. DM Weekly 2017-12-04."));
        }
        Optional<String> stem = PageFileName.stemOf(typedTitle);
        if (stem.isEmpty()) {
            return answer(
                    400,
                    typedTitle,
                    typedDate,
                    words("The title ‘" + typedTitle + "’ has no letter or digit"
                            + " to name the page file after; use some."));
        }
        LocalDate day;
        try {
            day = LocalDate.parse(typedDate);
        } catch (DateTimeParseException e) {
            return answer(
                    400,
                    typedTitle,
                    typedDate,
                    words("The date ‘" + typedDate + "’ is not a date; write it as" + " YYYY-MM-DD, e.g. 2017-12-04."));
        }
        java.nio.file.Path file = pages.directory().resolve(stem.get() + ".xml");
        try {
            Files.writeString(
                    file, template.page(typedTitle, day, zone), StandardCharsets.UTF_8, StandardOpenOption.CREATE_NEW);
        } catch (FileAlreadyExistsException e) {
            String path = "/pages/" + PageFiles.idOf(file);
            return answer(
                    409,
                    typedTitle,
                    typedDate,
                    new HtmlWriter()
                            .text("A page " + file.getFileName() + " exists already, so none was made: ")
                            .element("a", "open it", "href", path, "class", "preview-existing-page")
                            .text(", or give the new meeting another title.")
                            .toSafeHtml());
        } catch (IOException e) {
            return answer(
                    500,
                    typedTitle,
                    typedDate,
                    words("The page file " + file + " could not be written: " + e.getMessage()));
        }
        return Response.seeOther(URI.create("/pages/" + PageFiles.idOf(file))).build();
    }

    private static SafeHtml words(String text) {
        return SafeHtml.text(text);
    }

    private Response answer(int status, String title, String date, SafeHtml problem) {
        return Response.status(status)
                .type(HTML)
                .entity(page(title, date, problem))
                .build();
    }

    private String page(String title, String date, @Nullable SafeHtml problem) {
        HtmlWriter body = new HtmlWriter();
        body.element("h1", "New meeting page");
        body.element(
                "p",
                "A page from the plugin's “Meeting agenda” template (the one Confluence's Create dialog offers): the"
                        + " agenda macro around a starter Time | Topic | Chair | Notes table on the date, in "
                        + zone.getId() + ", and an empty task list for the actions.");
        if (problem != null) {
            body.open("p", "class", "preview-error", "role", "alert")
                    .append(problem)
                    .close("p");
        }
        body.open("form", "method", "post", "action", "/new", "class", "preview-new-page-form")
                .open("p")
                .element("label", "Title", "for", "new-page-title")
                .text(" ")
                .empty(
                        "input",
                        "type",
                        "text",
                        "id",
                        "new-page-title",
                        "name",
                        "title",
                        "value",
                        title,
                        "required",
                        "required",
                        "maxlength",
                        String.valueOf(MAX_TITLE))
                .close("p")
                .open("p")
                .element("label", "Date", "for", "new-page-date")
                .text(" ")
                .empty(
                        "input",
                        "type",
                        "date",
                        "id",
                        "new-page-date",
                        "name",
                        "date",
                        "value",
                        date,
                        "required",
                        "required")
                .close("p")
                .open("p")
                .element("button", "Create the page", "type", "submit")
                .text(" ")
                .element("a", "Back to the meetings", "href", "/")
                .close("p")
                .close("form");
        return PreviewChrome.document("New meeting page — agenda preview", chrome.banner(), body.toSafeHtml());
    }
}
