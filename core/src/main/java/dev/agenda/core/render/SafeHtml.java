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
     * Markup this app's own host code produced (a page frame, its own macro's output) and trusted as it is. Never pass
     * anything that came from a page, from Jira or from another macro: see {@link #fromHostRendering}.
     */
    public static SafeHtml fromTrustedHost(String hostRenderedHtml) {
        return new SafeHtml(hostRenderedHtml);
    }

    /**
     * Markup the host product rendered from page content (Confluence's own view of another macro or a link), passed
     * through the allowlist sanitizer first ({@link HostHtmlPolicy}, built from the page content allowlist the storage
     * renderer follows too): what it renders is only as safe as the macros installed, so no script, handler, style
     * or dangerous URL survives, whatever they produced.
     */
    public static SafeHtml fromHostRendering(String hostRenderedHtml) {
        return new SafeHtml(HostHtmlPolicy.PAGE_CONTENT.sanitize(hostRenderedHtml));
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
