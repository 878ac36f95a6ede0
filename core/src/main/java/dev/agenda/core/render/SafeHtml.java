package dev.agenda.core.render;

import java.util.Objects;

/**
 * Markup that is safe to put into a page as it is: built by {@link HtmlWriter}, which escapes every piece of text
 * and writes only the elements and attributes it was told to, or produced by the host product itself.
 * Templates print it unescaped; everything else they print is escaped. Immutable.
 */
public final class SafeHtml {

    public static final SafeHtml EMPTY = new SafeHtml("");

    private final String html;

    SafeHtml(String html) {
        this.html = Objects.requireNonNull(html, "html");
    }

    /** Text, escaped. */
    public static SafeHtml text(String text) {
        return new SafeHtml(HtmlWriter.escape(text));
    }

    /**
     * Markup rendered by the host product (Confluence's own view of a macro or a link) and trusted as Confluence
     * trusts it. Never pass anything that came from a page or from Jira unrendered.
     */
    public static SafeHtml fromTrustedHost(String hostRenderedHtml) {
        return new SafeHtml(hostRenderedHtml);
    }

    public boolean isEmpty() {
        return html.isEmpty();
    }

    @Override
    public String toString() {
        return html;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof SafeHtml safe && safe.html.equals(html);
    }

    @Override
    public int hashCode() {
        return html.hashCode();
    }
}
