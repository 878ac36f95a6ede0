package dev.agenda.core.render;

import dev.agenda.core.issues.JiraProjects;
import dev.agenda.core.page.MeetingPage;
import dev.agenda.core.page.MeetingPageReader;
import dev.agenda.core.storage.StorageElement;
import dev.agenda.core.storage.StorageFormatException;
import dev.agenda.core.storage.StorageFormatParser;
import java.util.Map;

/**
 * What the {@code agenda} macro shows for its parameters and its storage-format body: the rendered agenda, or,
 * when the body cannot be read, a message saying what is wrong and where, in place of the agenda. Never
 * throws for content. Thread-safe.
 */
public final class AgendaMacroView {

    private final StorageFormatParser parser;
    private final AgendaRenderer renderer;
    private final JiraProjects configuredProjects;

    public AgendaMacroView(StorageFormatParser parser, AgendaRenderer renderer, JiraProjects configuredProjects) {
        this.parser = parser;
        this.renderer = renderer;
        this.configuredProjects = configuredProjects;
    }

    /**
     * Renders one agenda macro from what the host hands a macro: its parameters and its body.
     *
     * @param pageId the id of the page the macro is on, the first part of its actions' ids
     * @param body   the macro's rich-text body in storage format
     */
    public SafeHtml render(String pageId, Map<String, String> parameters, String body, RenderContext context) {
        StorageElement root;
        try {
            root = parser.parse(body == null ? "" : body);
        } catch (StorageFormatException e) {
            return unreadable(e);
        }
        MeetingPage page = new MeetingPageReader(context.users(), configuredProjects, context.serverZone())
                .readAgendaMacro(pageId, parameters, root);
        return renderer.render(page, page.agendas().get(0), context);
    }

    private static SafeHtml unreadable(StorageFormatException e) {
        String where = e.position().isKnown() ? " (" + e.position() + " of the agenda’s content)" : "";
        return new HtmlWriter()
                .open("section", "class", "agenda")
                .open("div", "class", "agenda-warnings", "role", "alert")
                .element("p", "This agenda’s content could not be read: " + e.problem() + where + ".")
                .close("div")
                .close("section")
                .toSafeHtml();
    }
}
