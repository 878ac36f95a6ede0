package dev.agenda.core.render;

import dev.agenda.core.storage.StorageElement;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.BiConsumer;

/**
 * The app's own rendering of the Confluence macros most common in meeting notes, used where no host renders
 * them (the command line): status lozenges, info/note/tip/warning panels, code blocks and expand sections.
 * Other macros get a labelled placeholder that still shows their body, so nothing written is hidden.
 */
final class NativeMacros {

    private static final Map<String, String> STATUS_COLOURS = Map.of(
            "grey",
            "",
            "red",
            "aui-lozenge-error",
            "yellow",
            "aui-lozenge-moved",
            "green",
            "aui-lozenge-success",
            "blue",
            "aui-lozenge-current",
            "purple",
            "aui-lozenge-new");
    private static final Map<String, String> PANELS = Map.of(
            "info",
            "agenda-panel--info",
            "note",
            "agenda-panel--note",
            "tip",
            "agenda-panel--tip",
            "warning",
            "agenda-panel--warning",
            "panel",
            "agenda-panel--plain");

    private NativeMacros() {}

    /**
     * Writes the macro.
     *
     * @param renderBody writes a rich-text body's content
     */
    static void write(StorageElement macro, HtmlWriter html, BiConsumer<StorageElement, HtmlWriter> renderBody) {
        String name = macro.attribute("ac:name").orElse("").toLowerCase(Locale.ROOT);
        Optional<StorageElement> richBody = macro.firstChild("ac:rich-text-body");
        String plainBody = macro.firstChild("ac:plain-text-body")
                .map(StorageElement::textContent)
                .orElse("");
        if (name.equals("status")) {
            String colour = STATUS_COLOURS.getOrDefault(
                    macro.macroParameter("colour").orElse("grey").toLowerCase(Locale.ROOT), "");
            boolean subtle = macro.macroParameter("subtle")
                    .filter("true"::equalsIgnoreCase)
                    .isPresent();
            html.element(
                    "span",
                    macro.macroParameter("title").orElse(""),
                    "class",
                    ("aui-lozenge " + colour + (subtle ? " aui-lozenge-subtle" : "")).strip());
        } else if (PANELS.containsKey(name)) {
            html.open("div", "class", "agenda-panel " + PANELS.get(name), "role", "note");
            macro.macroParameter("title").ifPresent(title -> html.element("p", title, "class", "agenda-panel-title"));
            richBody.ifPresent(body -> renderBody.accept(body, html));
            html.close("div");
        } else if (name.equals("code") || name.equals("noformat")) {
            html.open("pre", "class", "agenda-code").element("code", plainBody).close("pre");
        } else if (name.equals("expand")) {
            html.open("details", "class", "agenda-expand");
            html.element("summary", macro.macroParameter("title").orElse("Click here to expand…"));
            richBody.ifPresent(body -> renderBody.accept(body, html));
            html.close("details");
        } else {
            html.element(
                    "span",
                    name.isEmpty() ? "macro" : name,
                    "class",
                    "agenda-macro-placeholder",
                    "title",
                    "This macro is shown as Confluence renders it when the page is viewed in Confluence.");
            if (richBody.isPresent()) {
                html.open("div", "class", "agenda-macro-body");
                renderBody.accept(richBody.get(), html);
                html.close("div");
            } else if (!plainBody.isBlank()) {
                html.open("pre", "class", "agenda-code")
                        .element("code", plainBody)
                        .close("pre");
            }
        }
    }
}
