package dev.agenda.core.render;

import dev.agenda.core.agenda.Agenda;
import dev.agenda.core.storage.StorageElement;
import dev.agenda.core.storage.StorageNode;
import dev.agenda.core.storage.StorageText;

/**
 * What an agenda macro with nothing in it yet shows: a short placeholder saying what to put in it, where an agenda
 * without a table would otherwise be a warning around nothing. "Nothing in it" is what the editor leaves in a freshly
 * inserted macro: no table and no text, only empty paragraphs, line breaks and the editor's instructional text
 * ({@code ac:placeholder}, shown only while editing). A body with words but no table is rendered as written, with its
 * warning, so nothing the author wrote is hidden. Problems with the macro's parameters are still shown. Thread-safe.
 */
final class EmptyAgenda {

    private EmptyAgenda() {}

    /**
     * The placeholder's words: what to put in the macro, in the terms the editor shows. A method, not a constant:
     * the render package keeps no lists or words of markup outside its one allowlist declaration.
     */
    static String placeholder() {
        return "This agenda is empty. Put a table in it with the columns Time | Topic | Chair | Notes, one row per"
                + " item (09:00 | Welcome | @name | notes), and set its date and time zone in the macro's settings.";
    }

    /** What the editor leaves around nothing: paragraphs, line breaks and plain containers. */
    private static boolean isEmptyStructure(String elementName) {
        return switch (elementName) {
            case "p", "br", "span", "div" -> true;
            default -> false;
        };
    }

    /** Whether the agenda has neither a table nor any content of the author's. */
    static boolean isEmpty(Agenda agenda) {
        return agenda.table().isEmpty() && hasNothing(agenda.body());
    }

    private static boolean hasNothing(StorageElement element) {
        for (StorageNode child : element.children()) {
            if (child instanceof StorageText text) {
                if (!text.text().replace('\u00A0', ' ').isBlank()) {
                    return false;
                }
            } else if (child instanceof StorageElement nested && !nested.is("ac:placeholder")) {
                if (!isEmptyStructure(nested.name()) || !hasNothing(nested)) {
                    return false;
                }
            }
        }
        return true;
    }

    static SafeHtml render(Agenda agenda) {
        HtmlWriter html = new HtmlWriter().open("section", "class", "agenda agenda--empty");
        if (!agenda.parameters().title().isBlank()) {
            html.element("h3", agenda.parameters().title(), "class", "agenda-title");
        }
        html.open("div", "class", "agenda-placeholder")
                .element("p", placeholder())
                .close("div");
        if (!agenda.parameters().problems().isEmpty()) {
            html.open("div", "class", "agenda-warnings", "role", "note").open("ul");
            agenda.parameters().problems().forEach(problem -> html.element("li", problem));
            html.close("ul").close("div");
        }
        return html.close("section").toSafeHtml();
    }
}
