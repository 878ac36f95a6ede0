package dev.agenda.core.render;

import dev.agenda.core.agenda.Agenda;
import dev.agenda.core.storage.StorageElement;

/**
 * Port: renders an {@code agenda} macro met while rendering a whole page. The command line renders the agenda
 * itself; the preview host hands the macro to the plugin's own macro class, as Confluence would.
 */
@FunctionalInterface
public interface AgendaMacroSlot {

    /**
     * Renders one agenda macro where it stands on the page.
     *
     * @param macro  the {@code ac:structured-macro} element, with its parameters and rich-text body
     * @param agenda the agenda as read from it as part of the page
     */
    SafeHtml render(StorageElement macro, Agenda agenda);
}
