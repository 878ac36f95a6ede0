package dev.agenda.core.render;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.owasp.html.AttributePolicy;
import org.owasp.html.ElementPolicy;
import org.owasp.html.HtmlPolicyBuilder;
import org.owasp.html.HtmlStreamEventReceiver;
import org.owasp.html.PolicyFactory;

/**
 * The sanitizer markup from the host passes before it is put into an agenda (the OWASP Java HTML Sanitizer), its
 * policy built from an {@link HtmlAllowlist} — {@link HtmlAllowlist#PAGE_CONTENT}, the declaration the storage
 * renderer writes page content by — so the two cannot drift: the allowed elements (one that requires an attribute
 * only with it), their attributes with the same value rules, the global attributes and those kept only from the host's
 * rendering ({@code class}, Confluence's styling of other macros), the URL schemes, and the elements dropped with their
 * content. Scripts, event handlers, {@code style}, {@code iframe}, {@code object} and {@code javascript:}/{@code data:}
 * URLs never pass, even if a compromised or careless macro produced them. Links get {@code rel="nofollow"}.
 * Immutable and thread-safe.
 */
final class HostHtmlPolicy {

    /** The policy for what the host renders of page content. */
    static final HostHtmlPolicy PAGE_CONTENT = new HostHtmlPolicy(HtmlAllowlist.PAGE_CONTENT);

    private final PolicyFactory policy;

    /** Builds the sanitizer's policy from the allowlist: every {@link HtmlPolicyBuilder} call is derived from it. */
    HostHtmlPolicy(HtmlAllowlist allowlist) {
        HtmlPolicyBuilder builder = new HtmlPolicyBuilder()
                .allowUrlProtocols(array(allowlist.urlSchemes()))
                .requireRelNofollowOnLinks()
                // Text written straight into a table is kept, as the sanitizer's own table policy keeps it.
                .allowTextIn("table")
                .withPreprocessor(sink -> new DropWithContent(allowlist.elementsDroppedWithContent(), sink));
        for (String element : allowlist.elements()) {
            String required = allowlist.requiredAttributes().get(element);
            if (required == null) {
                // The storage renderer writes an allowed element whatever attributes it keeps; so does the host's.
                builder.allowElements(element).allowWithoutAttributes(element);
            } else {
                builder.allowElements(requiring(required), element);
            }
        }
        allowlist
                .elementAttributes()
                .forEach((element, rules) -> rules.forEach((name, rule) -> builder.allowAttributes(name)
                        .matching(valueRule(allowlist, rule))
                        .onElements(element)));
        allowlist
                .globalAttributes()
                .forEach((name, rule) -> builder.allowAttributes(name)
                        .matching(valueRule(allowlist, rule))
                        .globally());
        allowlist
                .hostRenderingAttributes()
                .forEach((name, rule) -> builder.allowAttributes(name)
                        .matching(valueRule(allowlist, rule))
                        .globally());
        this.policy = builder.toFactory();
    }

    String sanitize(String html) {
        return policy.sanitize(html);
    }

    private static AttributePolicy valueRule(HtmlAllowlist allowlist, AttributeRule rule) {
        return (element, attribute, value) ->
                allowlist.acceptedValue(rule, value).orElse(null);
    }

    /** Writes the element only if the attribute survived its rule, as the storage renderer does. */
    private static ElementPolicy requiring(String attribute) {
        return (element, attributes) -> hasAttribute(attributes, attribute) ? element : null;
    }

    /** @param attributes names and values, alternating, as the sanitizer hands them over */
    private static boolean hasAttribute(List<String> attributes, String name) {
        for (int i = 0; i < attributes.size(); i += 2) {
            if (attributes.get(i).equals(name)) {
                return true;
            }
        }
        return false;
    }

    private static String[] array(Set<String> names) {
        return names.toArray(String[]::new);
    }

    /**
     * Leaves out the elements the allowlist drops with their content, and everything inside them, before the policy
     * sees the markup: the sanitizer on its own would keep the text inside elements it does not allow (a button's
     * label, an SVG's title), where the storage renderer drops it. In HTML an element may be left unclosed, and the
     * sanitizer does not say when one closes itself ({@code <svg/>}), so a dropped element also ends where an element
     * around it ends, as a browser closes it there too. Element names arrive in lower case. One per sanitized text.
     */
    private static final class DropWithContent implements HtmlStreamEventReceiver {

        private final Set<String> dropped;
        private final HtmlStreamEventReceiver sink;
        /** Elements open outside any dropped one, innermost last. */
        private final List<String> open = new ArrayList<>();
        /** The dropped element being left out, then the elements open inside it; empty when none is. */
        private final List<String> leftOut = new ArrayList<>();

        DropWithContent(Set<String> dropped, HtmlStreamEventReceiver sink) {
            this.dropped = dropped;
            this.sink = sink;
        }

        @Override
        public void openDocument() {
            open.clear();
            leftOut.clear();
            sink.openDocument();
        }

        @Override
        public void closeDocument() {
            sink.closeDocument();
        }

        @Override
        public void openTag(String element, List<String> attributes) {
            boolean holdsContent = !HtmlWriter.isVoidElement(element);
            if (!leftOut.isEmpty() || dropped.contains(element)) {
                if (holdsContent) {
                    leftOut.add(element);
                }
                return;
            }
            if (holdsContent) {
                open.add(element);
            }
            sink.openTag(element, attributes);
        }

        @Override
        public void closeTag(String element) {
            if (!leftOut.isEmpty()) {
                if (leftOut.contains(element)) {
                    closeInnermost(leftOut, element);
                    return;
                }
                if (!open.contains(element)) {
                    return;
                }
                leftOut.clear();
            }
            closeInnermost(open, element);
            sink.closeTag(element);
        }

        @Override
        public void text(String text) {
            if (leftOut.isEmpty()) {
                sink.text(text);
            }
        }

        /** Closes the innermost open element of that name and all inside it; a stray end tag closes nothing. */
        private static void closeInnermost(List<String> openElements, String element) {
            int at = openElements.lastIndexOf(element);
            if (at >= 0) {
                openElements.subList(at, openElements.size()).clear();
            }
        }
    }
}
