package dev.agenda.core.render;

import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Writes HTML one element at a time, escaping all text and attribute values. Element and attribute names are
 * the caller's literals, never page content. Not thread-safe; one writer per fragment.
 */
public final class HtmlWriter {

    /**
     * The elements HTML writes as a start tag alone, as they hold nothing: the void elements and the obsolete ones
     * serialized alike (HTML's syntax, not a policy: whether one is written at all is not decided here).
     */
    private static final Set<String> VOID_ELEMENTS = Set.of(
            "area",
            "base",
            "basefont",
            "bgsound",
            "br",
            "col",
            "embed",
            "frame",
            "hr",
            "img",
            "input",
            "keygen",
            "link",
            "meta",
            "param",
            "source",
            "track",
            "wbr");

    private final StringBuilder html = new StringBuilder();

    /** Opens an element; attributes are name/value pairs, a {@code null} value leaves the attribute out. */
    public HtmlWriter open(String element, @Nullable String... attributes) {
        html.append('<').append(checkedName(element));
        appendAttributes(attributes);
        html.append('>');
        return this;
    }

    /** Writes an element without content ({@code <br>}, {@code <input>}). */
    public HtmlWriter empty(String element, @Nullable String... attributes) {
        return open(element, attributes);
    }

    public HtmlWriter close(String element) {
        html.append("</").append(checkedName(element)).append('>');
        return this;
    }

    public HtmlWriter text(String text) {
        escapeInto(html, text);
        return this;
    }

    public HtmlWriter append(SafeHtml safe) {
        html.append(safe);
        return this;
    }

    /** Writes an element holding only text. */
    public HtmlWriter element(String element, String text, @Nullable String... attributes) {
        return open(element, attributes).text(text).close(element);
    }

    public boolean isEmpty() {
        return html.length() == 0;
    }

    public SafeHtml toSafeHtml() {
        return new SafeHtml(html.toString());
    }

    /** Whether HTML writes the element as a start tag alone, never with content or an end tag. */
    static boolean isVoidElement(String element) {
        return VOID_ELEMENTS.contains(element);
    }

    /** Escapes text for use in element content and in double-quoted attribute values. */
    public static String escape(String text) {
        if (!needsEscaping(text)) {
            return text;
        }
        StringBuilder escaped = new StringBuilder(text.length() + 16);
        escapeInto(escaped, text);
        return escaped.toString();
    }

    /** Appends the text escaped, without making an escaped copy of it first (rendering is mostly text). */
    private static void escapeInto(StringBuilder out, String text) {
        int clean = 0;
        for (int i = 0; i < text.length(); i++) {
            String replacement = replacement(text.charAt(i));
            if (replacement != null) {
                out.append(text, clean, i).append(replacement);
                clean = i + 1;
            }
        }
        out.append(text, clean, text.length());
    }

    private static boolean needsEscaping(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (replacement(text.charAt(i)) != null) {
                return true;
            }
        }
        return false;
    }

    private static @Nullable String replacement(char c) {
        return switch (c) {
            case '&' -> "&amp;";
            case '<' -> "&lt;";
            case '>' -> "&gt;";
            case '"' -> "&quot;";
            case '\'' -> "&#39;";
            default -> null;
        };
    }

    private void appendAttributes(@Nullable String... attributes) {
        if (attributes.length % 2 != 0) {
            throw new IllegalArgumentException("attributes come in name/value pairs");
        }
        for (int i = 0; i < attributes.length; i += 2) {
            String name = attributes[i];
            String value = attributes[i + 1];
            if (name == null) {
                throw new IllegalArgumentException("attribute " + (i / 2 + 1) + " has no name");
            }
            if (value == null) {
                continue;
            }
            html.append(' ').append(checkedName(name)).append("=\"");
            escapeInto(html, value);
            html.append('"');
        }
    }

    /** The name, if it is one: a lower-case letter, then lower-case letters, digits and hyphens. */
    private static String checkedName(String name) {
        boolean valid = !name.isEmpty() && name.charAt(0) >= 'a' && name.charAt(0) <= 'z';
        for (int i = 1; valid && i < name.length(); i++) {
            char c = name.charAt(i);
            valid = (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-';
        }
        if (!valid) {
            throw new IllegalArgumentException("not an element or attribute name: " + name);
        }
        return name;
    }
}
