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
import dev.agenda.core.users.UserDirectory;
import dev.agenda.services.jira.JiraSite;
import dev.agenda.services.status.LiveStatusSource;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Response;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;

/**
 * The preview host's own pages, standing in for Confluence's page view: {@code /} lists the pages, {@code /pages/ID}
 * shows one — its content rendered by the app, each agenda macro rendered by the plugin's own macro class — and
 * {@code /static/agenda.js} is the page script the plugin's web resource serves in Confluence. Rendering asks Jira
 * nothing; the page script asks for the statuses afterwards.
 */
@Path("/")
public class PreviewPagesResource {

    private static final String HTML = "text/html; charset=utf-8";

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
        body.element("h1", "Meeting pages");
        List<FilePage> all = pages.list();
        if (all.isEmpty()) {
            body.element(
                    "p",
                    "There are no pages in " + pages.directory() + " yet: add Confluence storage-format "
                            + "files named *.xml.");
        }
        body.open("ul", "class", "preview-pages");
        for (FilePage page : all) {
            body.open("li")
                    .element("a", page.title(), "href", page.path())
                    .text(" ")
                    .element(
                            "span",
                            "(" + page.file().getFileName() + ", page " + page.id() + ")",
                            "class",
                            "preview-file")
                    .close("li");
        }
        body.close("ul");
        return PreviewChrome.document("Meeting pages — agenda preview", chrome.banner(), body.toSafeHtml());
    }

    @GET
    @Path("pages/{pageId}")
    @Produces(HTML)
    public Response page(@PathParam("pageId") String pageId) {
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
        JiraSite site = live.jiraSite();
        IssueLinks links = site.browseBase().map(IssueLinks::jiraAt).orElseGet(IssueLinks::none);
        RenderContext context = new RenderContext(
                users, links, element -> Optional.empty(), clock.instant(), zone, live.forPage(page.id()));
        PageChrome around = new PageChrome(chrome.banner(), script(), Optional.of(MacroHost.running(macro, page.id())));
        return Response.ok(
                        renderer.renderDocument(
                                meeting, context, page.file().getFileName().toString(), around),
                        HTML)
                .build();
    }

    @GET
    @Path("static/agenda.js")
    @Produces("text/javascript; charset=utf-8")
    public byte[] agendaScript() {
        return PageRenderer.agendaScript().getBytes(StandardCharsets.UTF_8);
    }

    private static SafeHtml script() {
        return new HtmlWriter()
                .open("script", "src", "/static/agenda.js")
                .close("script")
                .toSafeHtml();
    }
}
