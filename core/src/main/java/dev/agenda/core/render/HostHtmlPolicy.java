package dev.agenda.core.render;

import org.owasp.html.HtmlPolicyBuilder;
import org.owasp.html.PolicyFactory;
import org.owasp.html.Sanitizers;

/**
 * The allowlist markup from the host passes before it is put into an agenda (OWASP Java HTML Sanitizer): formatting,
 * blocks, lists, tables, links and images with web or mail URLs only, and the {@code class}, {@code title},
 * {@code lang} and {@code dir} attributes Confluence's own views use for styling. Scripts, event handlers, {@code style}
 * elements and attributes, {@code iframe}, {@code object} and {@code javascript:}/{@code data:} URLs never pass, even
 * if a compromised or careless macro produced them. Thread-safe.
 */
final class HostHtmlPolicy {

    private static final PolicyFactory POLICY = Sanitizers.FORMATTING.and(Sanitizers.BLOCKS).and(Sanitizers.LINKS)
            .and(Sanitizers.TABLES).and(Sanitizers.IMAGES)
            .and(new HtmlPolicyBuilder()
                    .allowElements("span", "div", "time", "pre", "code", "hr", "br", "ul", "ol", "li")
                    .allowAttributes("class", "title", "lang", "dir").globally()
                    .allowAttributes("datetime").onElements("time")
                    .toFactory());

    private HostHtmlPolicy() {
    }

    static String sanitize(String html) {
        return POLICY.sanitize(html);
    }
}
