package dev.agenda.core.render;

import java.util.regex.Pattern;

/**
 * Writes HTML one element at a time, escaping all text and attribute values. Element and attribute names are
 * the caller's literals, never page content. Not thread-safe; one writer per fragment.
 */
public final class HtmlWriter {

    private static final Pattern NAME = Pattern.compile("[a-z][a-z0-9-]*");

    private final StringBuilder html = new StringBuilder();

    /** Opens an element; attributes are name/value pairs, a {@code null} value leaves the attribute out. */
    public HtmlWriter open(String element, String... attributes) {
        html.append('<').append(checkedName(element));
        appendAttributes(attributes);
        html.append('>');
        return this;
    }

    /** Writes an element without content ({@code <br>}, {@code <input>}). */
    public HtmlWriter empty(String element, String... attributes) {
        return open(element, attributes);
    }

    public HtmlWriter close(String element) {
        html.append("</").append(checkedName(element)).append('>');
        return this;
    }

    public HtmlWriter text(String text) {
        html.append(escape(text));
        return this;
    }

    public HtmlWriter append(SafeHtml safe) {
        html.append(safe);
        return this;
    }

    /** Writes an element holding only text. */
    public HtmlWriter element(String element, String text, String... attributes) {
        return open(element, attributes).text(text).close(element);
    }

    public boolean isEmpty() {
        return html.length() == 0;
    }

    public SafeHtml toSafeHtml() {
        return new SafeHtml(html.toString());
    }

    /** Escapes text for use in element content and in double-quoted attribute values. */
    public static String escape(String text) {
        StringBuilder escaped = null;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            String replacement = switch (c) {
                case '&' -> "&amp;";
                case '<' -> "&lt;";
                case '>' -> "&gt;";
                case '"' -> "&quot;";
                case '\'' -> "&#39;";
                default -> null;
            };
            if (replacement != null && escaped == null) {
                escaped = new StringBuilder(text.length() + 16).append(text, 0, i);
            }
            if (escaped != null) {
                if (replacement != null) {
                    escaped.append(replacement);
                } else {
                    escaped.append(c);
                }
            }
        }
        return escaped == null ? text : escaped.toString();
    }

    private void appendAttributes(String... attributes) {
        if (attributes.length % 2 != 0) {
            throw new IllegalArgumentException("attributes come in name/value pairs");
        }
        for (int i = 0; i < attributes.length; i += 2) {
            if (attributes[i + 1] == null) {
                continue;
            }
            html.append(' ').append(checkedName(attributes[i])).append("=\"").append(escape(attributes[i + 1]))
                    .append('"');
        }
    }

    private static String checkedName(String name) {
        if (!NAME.matcher(name).matches()) {
            throw new IllegalArgumentException("not an element or attribute name: " + name);
        }
        return name;
    }
}
