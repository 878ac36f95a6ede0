package dev.agenda.core.render;

import dev.agenda.core.page.MeetingPage;
import dev.agenda.core.storage.StorageElement;
import dev.agenda.core.text.PlainText;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.format.DateTimeFormatter;
import java.util.Map;
import java.util.Optional;

/**
 * Renders a whole meeting page as a standalone HTML document with its styles inlined, looking like the page in
 * Confluence: the page's own content, and each agenda macro as an agenda. Used by {@code agenda render}.
 * Thread-safe.
 */
public final class PageRenderer {

    private static final DateTimeFormatter RENDERED_AT = DateTimeFormatter.ofPattern("d MMM yyyy HH:mm z");

    private final Templates templates;
    private final AgendaRenderer agendas;
    private final SafeHtml styles;

    public PageRenderer(Templates templates) {
        this.templates = templates;
        this.agendas = new AgendaRenderer(templates);
        this.styles = new SafeHtml(resource("confluence-base.css") + "\n" + resource("agenda.css"));
    }

    /**
     * Renders the whole page as a standalone HTML document, without any host chrome.
     *
     * @param source names where the page came from (a file name), shown in the footer
     */
    public String renderDocument(MeetingPage page, RenderContext context, String source) {
        return renderDocument(page, context, source, PageChrome.none());
    }

    /** The same, with what a host adds around the page. */
    public String renderDocument(MeetingPage page, RenderContext context, String source, PageChrome chrome) {
        AgendaRenderer.PageRender render =
                agendas.new PageRender(context, page, chrome.agendaMacros().orElse(null));
        SafeHtml body = render.content().renderContent(page.root(), context.serverZone());
        return templates
                .render(
                        "page.vm",
                        Map.of(
                                "title", title(page.root(), source),
                                "styles", styles,
                                "banner", chrome.banner(),
                                "body", body,
                                "scripts", chrome.scripts(),
                                "source", source,
                                "renderedAt", RENDERED_AT.format(context.now().atZone(context.serverZone()))))
                .toString();
    }

    /** The page's title: its first heading, or else {@code fallback}. */
    public static String titleOf(MeetingPage page, String fallback) {
        return title(page.root(), fallback);
    }

    /** The page script (the "now" highlight, live statuses), as the plugin's web resource serves it. */
    public static String agendaScript() {
        return resource("agenda.js");
    }

    /** The stylesheet the agenda's markup needs, as the plugin's web resource serves it. */
    public static String agendaStylesheet() {
        return resource("agenda.css");
    }

    /** The first non-empty heading of the first level in a page's body, as Confluence users title a page's body. */
    public static Optional<String> headingOf(StorageElement root) {
        return root.descendants("h1").stream()
                .map(h1 -> PlainText.collapse(h1.textContent()))
                .filter(text -> !text.isEmpty())
                .findFirst();
    }

    private static String title(StorageElement root, String source) {
        return headingOf(root).orElse(source);
    }

    private static String resource(String name) {
        try (InputStream in = PageRenderer.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException(name + " is missing from the classpath");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
