package dev.agenda.preview;

import dev.agenda.confluence.jira.JiraSite;
import dev.agenda.confluence.macro.AgendaMacro;
import dev.agenda.confluence.macro.LiveStatusSource;
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
    private final String viewerName;
    private final Clock clock;
    private final ZoneId zone;

    PreviewPagesResource(PageFiles pages, StorageFormatParser parser, MeetingPageReader reader, UserDirectory users,
                         AgendaMacro macro, LiveStatusSource live, PageRenderer renderer, String viewerName,
                         Clock clock, ZoneId zone) {
        this.pages = pages;
        this.parser = parser;
        this.reader = reader;
        this.users = users;
        this.macro = macro;
        this.live = live;
        this.renderer = renderer;
        this.viewerName = viewerName;
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
            body.element("p", "There are no pages in " + pages.directory() + " yet: add Confluence storage-format "
                    + "files named *.xml.");
        }
        body.open("ul", "class", "preview-pages");
        for (FilePage page : all) {
            body.open("li").element("a", page.getTitle(), "href", page.getUrlPath()).text(" ")
                    .element("span", "(" + page.file().getFileName() + ", page " + page.getId() + ")",
                            "class", "preview-file")
                    .close("li");
        }
        body.close("ul");
        return document("Meeting pages — agenda preview", banner(), body.toSafeHtml());
    }

    @GET
    @Path("pages/{pageId}")
    @Produces(HTML)
    public Response page(@PathParam("pageId") String pageId) {
        FilePage page = pageId.matches("[0-9]{1,18}") ? (FilePage) pages.getAbstractPage(Long.parseLong(pageId)) : null;
        if (page == null) {
            return Response.status(404).type(HTML).entity(document("No such page", banner(), new HtmlWriter()
                    .element("h1", "No such page").open("p").text("There is no page " + pageId + " here. ")
                    .element("a", "All pages", "href", "/").close("p").toSafeHtml())).build();
        }
        MeetingPage meeting;
        try {
            meeting = reader.readPage(page.getIdAsString(), parser.parse(page.getBodyAsString()));
        } catch (StorageFormatException e) {
            return Response.status(422).type(HTML).entity(document(page.getTitle(), banner(), new HtmlWriter()
                    .element("h1", page.getTitle())
                    .element("p", page.file().getFileName() + " could not be read: " + e.getMessage(),
                            "class", "agenda-warnings", "role", "alert")
                    .toSafeHtml())).build();
        }
        JiraSite site = live.jiraSite();
        IssueLinks links = site.browseBase().map(IssueLinks::jiraAt).orElseGet(IssueLinks::none);
        RenderContext context = new RenderContext(users, links, element -> Optional.empty(), clock.instant(), zone,
                live.forPage(page, page.getIdAsString()));
        PageChrome chrome = new PageChrome(banner(), script(), Optional.of(MacroHost.running(macro, page)));
        return Response.ok(renderer.renderDocument(meeting, context, page.file().getFileName().toString(), chrome),
                HTML).build();
    }

    @GET
    @Path("static/agenda.js")
    @Produces("text/javascript; charset=utf-8")
    public byte[] agendaScript() {
        return PageRenderer.agendaScript().getBytes(StandardCharsets.UTF_8);
    }

    private SafeHtml banner() {
        JiraSite site = live.jiraSite();
        String jira = !site.configured() ? "Jira: not connected"
                : site.label().isEmpty() ? "Jira: " + site.browseBase().orElse("connected")
                : "Jira: " + site.label() + " (in this process; nothing leaves this machine)";
        return new HtmlWriter().open("style").append(SafeHtml.fromTrustedHost(BANNER_STYLE)).close("style")
                .open("header", "class", "preview-banner", "role", "banner")
                .element("a", "agenda preview", "href", "/", "class", "preview-home")
                .element("span", "Not Confluence: the plugin's macro and REST resources on a local host")
                .element("span", jira, "class", "preview-jira")
                .element("span", "Signed in as " + viewerName, "class", "preview-user")
                .close("header").toSafeHtml();
    }

    private static SafeHtml script() {
        return new HtmlWriter().open("script", "src", "/static/agenda.js").close("script").toSafeHtml();
    }

    private static String document(String title, SafeHtml banner, SafeHtml body) {
        return new HtmlWriter().append(SafeHtml.fromTrustedHost("<!DOCTYPE html>\n<html lang=\"en\">"))
                .open("head").empty("meta", "charset", "utf-8")
                .empty("meta", "name", "viewport", "content", "width=device-width, initial-scale=1")
                .element("title", title)
                .open("style").append(SafeHtml.fromTrustedHost(PREVIEW_STYLE)).close("style")
                .close("head").open("body").append(banner).open("main", "id", "main-content").append(body)
                .close("main").close("body").append(SafeHtml.fromTrustedHost("</html>")).toSafeHtml().toString();
    }

    /** The index page's look, close to the rendered pages' (whose styles come from the app's stylesheet). */
    private static final String PREVIEW_STYLE = "body{margin:0;font-family:-apple-system,BlinkMacSystemFont,"
            + "'Segoe UI',Roboto,sans-serif;color:#172b4d;line-height:1.43}"
            + "main{max-width:960px;margin:0 auto;padding:16px}.preview-file{color:#6b778c}";

    /** The banner's look, carried with the banner so it looks the same above every page. */
    private static final String BANNER_STYLE = ".preview-banner{display:flex;flex-wrap:wrap;gap:4px 16px;"
            + "padding:8px 16px;background:#253858;color:#fff;font-size:13px}"
            + ".preview-banner a{color:#fff;font-weight:700}";
}
