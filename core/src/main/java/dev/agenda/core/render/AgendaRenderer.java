package dev.agenda.core.render;

import dev.agenda.core.agenda.Agenda;
import dev.agenda.core.page.MeetingPage;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Renders agendas as HTML fragments: what the {@code agenda} macro returns inside Confluence and what the page
 * renderer puts in place of each macro. Thread-safe; the templates are shared.
 */
public final class AgendaRenderer {

    private final Templates templates;

    public AgendaRenderer(Templates templates) {
        this.templates = templates;
    }

    /** Renders one agenda of the page. */
    public SafeHtml render(MeetingPage page, Agenda agenda, RenderContext context) {
        return new PageRender(context, page).agenda(agenda);
    }

    /** Holds the state of one page's render: the content renderer that calls back here for nested agendas. */
    final class PageRender {
        private final StorageHtmlRenderer content;
        private final AgendaViewFactory views;

        PageRender(RenderContext context, MeetingPage page) {
            this(context, page, null);
        }

        /** @param macros who renders the page's agenda macros; null for this renderer */
        PageRender(RenderContext context, MeetingPage page, @Nullable AgendaMacroSlot macros) {
            this.content =
                    new StorageHtmlRenderer(context, page, macros != null ? macros : (macro, agenda) -> agenda(agenda));
            this.views = new AgendaViewFactory(context, page, content);
        }

        SafeHtml agenda(Agenda agenda) {
            if (EmptyAgenda.isEmpty(agenda)) {
                return EmptyAgenda.render(agenda);
            }
            return templates.render("agenda.vm", Map.of("agenda", views.view(agenda)));
        }

        StorageHtmlRenderer content() {
            return content;
        }
    }
}
