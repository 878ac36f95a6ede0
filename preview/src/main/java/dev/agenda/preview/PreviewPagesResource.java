package dev.agenda.preview;

import dev.agenda.confluence.macro.AgendaMacro;
import dev.agenda.core.page.MeetingPage;
import dev.agenda.core.page.MeetingPageReader;
import dev.agenda.core.render.HtmlWriter;
import dev.agenda.core.render.IssueLinks;
import dev.agenda.core.render.PageChrome;
import dev.agenda.core.render.PageRenderer;
import dev.agenda.core.render.RenderContext;
import dev.agenda.core.render.SafeHtml;
import dev.agenda.core.storage.StorageFormatException;
import dev.agenda.core.storage.StorageFormatParser;
import dev.agenda.core.text.PlainText;
import dev.agenda.core.users.UserDirectory;
import dev.agenda.services.jira.JiraSite;
import dev.agenda.services.status.LiveStatusSource;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Response;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * The preview host's own pages, standing in for Confluence's page view: {@code /} lists the meetings (by title and
 * date, newest first, with their open actions; where the pages are and how to add one), {@code /pages/ID} shows one
 * ({@code ?at=2017-11-02T09:00-07:00}: as at that time, the way to see a past meeting's running item) — its content
 * rendered by the app, each agenda macro rendered by the plugin's own macro class — and
 * {@code /static/agenda.js} is the page script the plugin's web resource serves in Confluence. Rendering asks Jira
 * nothing; the page script asks for the statuses afterwards.
 */
@Path("/")
public class PreviewPagesResource {

    private static final String HTML = "text/html; charset=utf-8";
    private static final String REST_BASE = PluginDescriptor.ofPlugin().restBase();

    private final PageFiles pages;
    private final StorageFormatParser parser;
    private final MeetingPageReader reader;
    private final UserDirectory users;
    private final AgendaMacro macro;
    private final LiveStatusSource live;
    private final PageRenderer renderer;
    private final PreviewChrome chrome;
    private final Clock clock;
    private final ZoneId zone;

    PreviewPagesResource(
            PageFiles pages,
            StorageFormatParser parser,
            MeetingPageReader reader,
            UserDirectory users,
            AgendaMacro macro,
            LiveStatusSource live,
            PageRenderer renderer,
            PreviewChrome chrome,
            Clock clock,
            ZoneId zone) {
        this.pages = pages;
        this.parser = parser;
        this.reader = reader;
        this.users = users;
        this.macro = macro;
        this.live = live;
        this.renderer = renderer;
        this.chrome = chrome;
        this.clock = clock;
        this.zone = zone;
    }

    @GET
    @Produces(HTML)
    public String index() {
        HtmlWriter body = new HtmlWriter();
        body.element("h1", "Meetings");
        body.open("p")
                .element("a", "New meeting page", "href", "/new", "class", "preview-new-page")
                .close("p");
        String directory = pages.directory().toAbsolutePath().normalize().toString();
        body.open("p", "class", "preview-where")
                .text("Pages are read from ")
                .element("code", directory, "class", "preview-directory")
                .text(". To add a meeting, copy a Confluence page's storage format (the XML of its body) into a file"
                        + " named something.xml in that directory, then reload this list.")
                .close("p");
        body.open("p", "class", "preview-register-link")
                .element("a", "Actions across all meetings", "href", "/actions", "class", "preview-actions-link")
                .close("p");
        List<MeetingEntry> meetings = pages.list().stream()
                .map(page -> MeetingEntry.read(page, parser, reader))
                .sorted(MeetingEntry.NEWEST_FIRST)
                .toList();
        if (meetings.isEmpty()) {
            body.element("p", "There are no pages there yet.", "class", "preview-empty");
        }
        body.open("ul", "class", "preview-pages");
        for (MeetingEntry meeting : meetings) {
            body.open(
                            "li",
                            "class",
                            "preview-meeting",
                            "data-page-id",
                            String.valueOf(meeting.page().id()))
                    .element("a", meeting.title(), "href", meeting.page().path(), "class", "preview-meeting-title");
            if (meeting.problem().isPresent()) {
                body.element("p", meeting.problem().get(), "class", "preview-error", "role", "note");
            } else {
                body.text(" ")
                        .element("span", meeting.daysInWords().orElse("no date"), "class", "preview-meeting-date")
                        .text(" · ")
                        .element("span", openActions(meeting.openActions()), "class", "preview-open-actions");
                meeting.meetingStart()
                        .ifPresent(start -> body.text(" · ")
                                .element(
                                        "a",
                                        "View as during the meeting",
                                        "href",
                                        asDuringTheMeeting(meeting),
                                        "class",
                                        "preview-as-during"));
            }
            body.close("li");
        }
        body.close("ul");
        return PreviewChrome.document("Meetings — agenda preview", chrome.banner(), body.toSafeHtml());
    }

    private static String openActions(int count) {
        return switch (count) {
            case 0 -> "no open actions";
            case 1 -> "1 open action";
            default -> count + " open actions";
        };
    }

    /** The page's address shown as at its first item's start, in the agenda's zone ("…?at=2017-11-02T09:00-07:00"). */
    private static String asDuringTheMeeting(MeetingEntry meeting) {
        return meeting.page().path() + "?at="
                + URLEncoder.encode(
                        meeting.meetingStart().orElseThrow().toOffsetDateTime().toString(), StandardCharsets.UTF_8);
    }

    @GET
    @Path("pages/{pageId}")
    @Produces(HTML)
    public Response page(@PathParam("pageId") String pageId, @QueryParam("at") @Nullable String at) {
        FilePage page = pageId.matches("[0-9]{1,18}")
                ? pages.list().stream()
                        .filter(file -> file.id() == Long.parseLong(pageId))
                        .findFirst()
                        .orElse(null)
                : null;
        if (page == null) {
            return Response.status(404)
                    .type(HTML)
                    .entity(PreviewChrome.document(
                            "No such page",
                            chrome.banner(),
                            new HtmlWriter()
                                    .element("h1", "No such page")
                                    .open("p")
                                    .text("There is no page " + pageId + " here. ")
                                    .element("a", "All pages", "href", "/")
                                    .close("p")
                                    .toSafeHtml()))
                    .build();
        }
        MeetingPage meeting;
        try {
            meeting = reader.readPage(String.valueOf(page.id()), parser.parse(page.storage()));
        } catch (StorageFormatException e) {
            return Response.status(422)
                    .type(HTML)
                    .entity(PreviewChrome.document(
                            page.title(),
                            chrome.banner(),
                            new HtmlWriter()
                                    .element("h1", page.title())
                                    .element(
                                            "p",
                                            page.file().getFileName() + " could not be read: " + e.getMessage(),
                                            "class",
                                            "agenda-warnings",
                                            "role",
                                            "alert")
                                    .toSafeHtml()))
                    .build();
        }
        Optional<OffsetDateTime> shownAt;
        try {
            shownAt = at == null ? Optional.empty() : Optional.of(OffsetDateTime.parse(at.strip()));
        } catch (DateTimeParseException e) {
            return Response.status(400)
                    .type(HTML)
                    .entity(PreviewChrome.document(
                            "Not a time",
                            chrome.banner(),
                            new HtmlWriter()
                                    .element("h1", "Not a time")
                                    .open("p", "class", "preview-error")
                                    .text("The address asks to show " + page.title() + " as at \"" + at
                                            + "\", which is not a date and time with its offset. Write it as"
                                            + " 2017-11-02T09:00-07:00 (ISO 8601), or ")
                                    .element("a", "show the page as now", "href", page.path())
                                    .text(".")
                                    .close("p")
                                    .toSafeHtml()))
                    .build();
        }
        JiraSite site = live.jiraSite();
        IssueLinks links = site.browseBase().map(IssueLinks::jiraAt).orElseGet(IssueLinks::none);
        RenderContext context = new RenderContext(
                users,
                links,
                element -> Optional.empty(),
                shownAt.map(OffsetDateTime::toInstant).orElseGet(clock::instant),
                zone,
                live.forPage(page.id()));
        SafeHtml top = new HtmlWriter()
                .append(chrome.banner())
                .append(whenShown(MeetingEntry.of(page, meeting), shownAt))
                .append(NextMeetingForm.html(page.id(), meeting, REST_BASE, clock, zone))
                .toSafeHtml();
        PageChrome around = new PageChrome(top, script(), Optional.of(MacroHost.running(macro, page.id())));
        return Response.ok(
                        renderer.renderDocument(
                                meeting, context, page.file().getFileName().toString(), around),
                        HTML)
                .build();
    }

    @GET
    @Path("static/next-meeting.js")
    @Produces("text/javascript; charset=utf-8")
    public byte[] nextMeetingScript() {
        return NextMeetingForm.script();
    }

    @GET
    @Path("static/agenda.js")
    @Produces("text/javascript; charset=utf-8")
    public byte[] agendaScript() {
        return PageRenderer.agendaScript().getBytes(StandardCharsets.UTF_8);
    }

    /**
     * Says when the page is shown as at: a page shown as at another time says so (the page script then keeps that
     * time for the running item, from {@code data-agenda-now}) with the way back to now; a page shown as now offers
     * to show it as during its meeting, when its meeting has a start.
     */
    private static SafeHtml whenShown(MeetingEntry meeting, Optional<OffsetDateTime> shownAt) {
        HtmlWriter notice = new HtmlWriter();
        if (shownAt.isPresent()) {
            ZonedDateTime at = meeting.meetingStart()
                    .map(start -> shownAt.get().atZoneSameInstant(start.getZone()))
                    .orElseGet(shownAt.get()::toZonedDateTime);
            return notice.open(
                            "p",
                            "class",
                            "preview-shown-as",
                            "role",
                            "note",
                            "data-agenda-now",
                            shownAt.get().toInstant().toString())
                    .text("Shown as at " + inWords(at)
                            + ", not as now: the item running then is marked Now, and dates are overdue as they were"
                            + " then. Jira's statuses are today's. ")
                    .element("a", "Show it as now", "href", meeting.page().path(), "class", "preview-as-now")
                    .close("p")
                    .toSafeHtml();
        }
        meeting.meetingStart()
                .ifPresent(start -> notice.open("p", "class", "preview-shown-as")
                        .text("This meeting began at " + inWords(start) + ". ")
                        .element(
                                "a",
                                "View as during the meeting",
                                "href",
                                asDuringTheMeeting(meeting),
                                "class",
                                "preview-as-during")
                        .close("p"));
        return notice.toSafeHtml();
    }

    /** "09:00 on 2 Nov 2017 (America/Phoenix)". */
    private static String inWords(ZonedDateTime at) {
        return String.format(Locale.ROOT, "%02d:%02d", at.getHour(), at.getMinute()) + " on "
                + PlainText.date(at.toLocalDate()) + " (" + at.getZone().getId() + ")";
    }

    private static SafeHtml script() {
        return new HtmlWriter()
                .open("script", "src", "/static/agenda.js")
                .close("script")
                .toSafeHtml();
    }
}
