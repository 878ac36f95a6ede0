package dev.agenda.core.render;

import static dev.agenda.core.render.AllowlistWriters.attribute;
import static dev.agenda.core.render.AllowlistWriters.hasElement;
import static dev.agenda.core.render.AllowlistWriters.host;
import static dev.agenda.core.render.AllowlistWriters.storage;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNotEquals;
import static org.junit.Assert.assertTrue;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.UnaryOperator;
import org.junit.Test;

/**
 * The two writers of page content, as production builds them — the storage renderer and the sanitizer of what the
 * host rendered ({@link SafeHtml#fromHostRendering}) — against the one declaration, {@link HtmlAllowlist#PAGE_CONTENT}:
 * every element, attribute and URL scheme it holds, both write; what it does not hold, neither does. Each piece is
 * given to both in the same markup, well-formed so the storage format parser takes it.
 */
public class BothWritersHoldToThePageContentAllowlistTest {

    private static final HtmlAllowlist ALLOWLIST = HtmlAllowlist.PAGE_CONTENT;
    private static final List<UnaryOperator<String>> WRITERS =
            List.of(AllowlistWriters::storage, AllowlistWriters::host);

    @Test
    public void everyElementTheDeclarationHoldsIsWrittenByBoth() {
        for (String element : ALLOWLIST.elements()) {
            String piece = piece(element, required(element));
            for (UnaryOperator<String> writer : WRITERS) {
                String html = writer.apply(piece);
                assertTrue(element + " from " + piece + " in " + html, hasElement(html, element));
            }
        }
    }

    @Test
    public void everyAttributeTheDeclarationHoldsIsKeptByBothOnEachOfItsElementsAsItsRuleWritesIt() {
        int checked = 0;
        for (String element : ALLOWLIST.elements()) {
            Map<String, AttributeRule> rules = new LinkedHashMap<>(ALLOWLIST.globalAttributes());
            rules.putAll(ALLOWLIST.elementAttributes().getOrDefault(element, Map.of()));
            for (Map.Entry<String, AttributeRule> rule : rules.entrySet()) {
                Map<String, String> attributes = required(element);
                attributes.put(rule.getKey(), sample(rule.getValue()));
                String piece = piece(element, attributes);
                for (UnaryOperator<String> writer : WRITERS) {
                    String html = writer.apply(piece);
                    assertEquals(
                            piece + " in " + html,
                            Optional.of(written(rule.getValue())),
                            attribute(html, element, rule.getKey()));
                    checked++;
                }
            }
        }
        assertTrue(
                "every element has at least the global attributes",
                checked > 2 * 3 * ALLOWLIST.elements().size());
    }

    @Test
    public void everyUrlSchemeTheDeclarationHoldsAndRelativeAddressesAreKeptByBothWhereverAnAddressGoes() {
        List<String> addresses = new ArrayList<>(List.of("/wiki/display/DM/Minutes", "#today"));
        ALLOWLIST.urlSchemes().forEach(scheme -> addresses.add(scheme + "://example.org/minutes"));
        ALLOWLIST.urlSchemes().forEach(scheme -> addresses.add(scheme.toUpperCase(Locale.ROOT) + "://example.org/x"));
        ALLOWLIST
                .elementAttributes()
                .forEach((element, rules) -> rules.forEach((name, rule) -> {
                    if (rule == AttributeRule.URL) {
                        for (String address : addresses) {
                            String piece = piece(element, Map.of(name, address));
                            for (UnaryOperator<String> writer : WRITERS) {
                                assertEquals(
                                        piece, Optional.of(address), attribute(writer.apply(piece), element, name));
                            }
                        }
                    }
                }));
    }

    @Test
    public void elementsTheDeclarationDoesNotHoldAreWrittenByNeitherAndTheirTextStays() {
        List<String> notHeld = List.of(
                "abbr",
                "kbd",
                "var",
                "samp",
                "dfn",
                "bdi",
                "bdo",
                "section",
                "article",
                "header",
                "footer",
                "nav",
                "aside",
                "main",
                "address",
                "figure",
                "figcaption",
                "details",
                "summary",
                "center",
                "marquee",
                "blink",
                "font",
                "o",
                "nobr",
                "label",
                "output",
                "video",
                "audio",
                "picture",
                "canvas",
                "dialog",
                "menu",
                "ruby",
                "rt",
                "acronym",
                "custom-element");
        for (String element : notHeld) {
            assertFalse(element, ALLOWLIST.allows(element) || ALLOWLIST.dropsWithContent(element));
            String piece = "<p><" + element + " title=\"t\">kept</" + element + "></p>";
            for (UnaryOperator<String> writer : WRITERS) {
                String html = writer.apply(piece);
                assertFalse(piece + " in " + html, hasElement(html, element));
                assertTrue(piece + " in " + html, html.contains("kept"));
            }
        }
    }

    @Test
    public void elementsTheDeclarationDropsWithTheirContentAreLeftOutByBothWithEverythingInside() {
        for (String element : ALLOWLIST.elementsDroppedWithContent()) {
            String inside = HtmlWriter.isVoidElement(element)
                    ? "<" + element + " title=\"secret\"/>"
                    : "<" + element + " title=\"secret\"><b>secret</b> secret</" + element + ">";
            String piece = "<p>before" + inside + "after</p><p>next</p>";
            for (UnaryOperator<String> writer : WRITERS) {
                String html = writer.apply(piece);
                assertFalse(piece + " in " + html, hasElement(html, element));
                assertFalse(piece + " in " + html, html.contains("secret"));
                assertTrue(
                        piece + " in " + html,
                        html.contains("before") && html.contains("after") && html.contains("next"));
            }
        }
    }

    @Test
    public void attributesTheDeclarationDoesNotHoldAreKeptByNeither() {
        List<String> notHeld = List.of(
                "onclick",
                "onmouseover",
                "onerror",
                "onload",
                "onfocus",
                "style",
                "id",
                "name",
                "data-x",
                "target",
                "rel",
                "formaction",
                "srcdoc",
                "srcset",
                "contenteditable",
                "tabindex",
                "background",
                "bgcolor",
                "color",
                "face",
                "size",
                "xmlns",
                "xlink:href",
                "xml:base",
                "cite",
                "longdesc",
                "usemap",
                "poster",
                "action",
                "accesskey",
                "autofocus",
                "hidden",
                "is",
                "slot",
                "nonce",
                "popover",
                "referrerpolicy",
                "type",
                "value",
                "headers",
                "scope");
        Set<String> held = new HashSet<>(ALLOWLIST.globalAttributes().keySet());
        held.addAll(ALLOWLIST.hostRenderingAttributes().keySet());
        ALLOWLIST.elementAttributes().values().forEach(rules -> held.addAll(rules.keySet()));
        for (String element : ALLOWLIST.elements()) {
            Map<String, String> attributes = required(element);
            for (String attribute : notHeld) {
                assertFalse(attribute, held.contains(attribute));
                attributes.put(attribute, "javascript:alert(&#39;" + attribute + "&#39;)");
            }
            String piece = piece(element, attributes);
            for (UnaryOperator<String> writer : WRITERS) {
                String html = writer.apply(piece);
                assertTrue(piece + " in " + html, hasElement(html, element));
                assertFalse(piece + " in " + html, html.contains("alert"));
            }
        }
    }

    @Test
    public void dangerousAddressesAreKeptByNeitherInAnySpellingSoNoLinkOrImageIsMadeOfThem() {
        List<String> dangerous = List.of(
                "javascript:alert(1)",
                "JaVaScRiPt:alert(1)",
                "  javascript:alert(1)",
                "java&#x09;script:alert(1)",
                "java&#x0A;script:alert(1)",
                "java&#x0D;script:alert(1)",
                "&#x20;javascript:alert(1)",
                "&#106;avascript:alert(1)",
                "&#x6A;&#x61;vascript:alert(1)",
                "javascript&#x3A;alert(1)",
                "javascript&#58;alert(1)",
                "data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==",
                "DaTa:text/html,&lt;script&gt;alert(1)&lt;/script&gt;",
                "vbscript:msgbox(1)",
                "livescript:alert(1)",
                "file:///etc/passwd",
                "ftp://example.org/not-a-declared-scheme");
        ALLOWLIST
                .elementAttributes()
                .forEach((element, rules) -> rules.forEach((name, rule) -> {
                    if (rule == AttributeRule.URL) {
                        for (String address : dangerous) {
                            String piece = piece(element, Map.of(name, address));
                            for (UnaryOperator<String> writer : WRITERS) {
                                String html = writer.apply(piece).toLowerCase(Locale.ROOT);
                                for (String sign : List.of("script", "data:", "file:", "ftp:", "alert", "msgbox")) {
                                    assertFalse(piece + " in " + html, html.contains(sign));
                                }
                                assertFalse(
                                        "an element that needs its address is not written without it: " + html,
                                        ALLOWLIST.requiredAttributes().containsKey(element)
                                                && hasElement(html, element));
                            }
                        }
                    }
                }));
    }

    @Test
    public void anElementThatNeedsAnAttributeIsWrittenByNeitherWithoutItButItsTextStays() {
        assertFalse("the declaration names some", ALLOWLIST.requiredAttributes().isEmpty());
        ALLOWLIST.requiredAttributes().forEach((element, attribute) -> {
            String piece = "<p>" + piece(element, Map.of("title", "no " + attribute)) + "</p>";
            for (UnaryOperator<String> writer : WRITERS) {
                String html = writer.apply(piece);
                assertFalse(piece + " in " + html, hasElement(html, element));
                // What the element held stays, or for a date the storage renderer's warning that it has none.
                assertTrue(
                        piece + " in " + html,
                        HtmlWriter.isVoidElement(element)
                                || html.contains("text")
                                || html.contains("agenda-inline-warning"));
            }
        });
    }

    @Test
    public void attributesDeclaredForTheHostsRenderingOnlyAreKeptFromItAndNeverFromTheStorageFormat() {
        assertEquals(
                "Confluence's styling of other macros",
                Set.of("class"),
                ALLOWLIST.hostRenderingAttributes().keySet());
        ALLOWLIST.hostRenderingAttributes().forEach((name, rule) -> {
            for (String element : ALLOWLIST.elements()) {
                Map<String, String> attributes = required(element);
                attributes.put(name, sample(rule));
                String piece = piece(element, attributes);
                assertEquals(piece, Optional.of(written(rule)), attribute(host(piece), element, name));
                assertNotEquals(piece, Optional.of(written(rule)), attribute(storage(piece), element, name));
            }
        });
    }

    /** The element with the attributes (values as markup) around some text, where HTML allows the element. */
    static String piece(String element, Map<String, String> attributes) {
        StringBuilder markup = new StringBuilder("<").append(element);
        attributes.forEach((name, value) ->
                markup.append(' ').append(name).append("=\"").append(value).append('"'));
        markup.append(HtmlWriter.isVoidElement(element) ? "/>" : ">text</" + element + ">");
        return switch (element) {
            case "li" -> "<ul>" + markup + "</ul>";
            case "dt", "dd" -> "<dl>" + markup + "</dl>";
            case "tr" -> "<table><tbody>" + markup + "</tbody></table>";
            case "td", "th" -> "<table><tbody><tr>" + markup + "</tr></tbody></table>";
            case "caption", "colgroup", "thead", "tbody", "tfoot" -> "<table>" + markup + "</table>";
            case "col" -> "<table><colgroup>" + markup + "</colgroup></table>";
            default -> markup.toString();
        };
    }

    /** The attributes the element cannot be written without, with values their rules keep. */
    static Map<String, String> required(String element) {
        Map<String, String> required = new LinkedHashMap<>();
        Optional.ofNullable(ALLOWLIST.requiredAttributes().get(element))
                .ifPresent(attribute -> required.put(
                        attribute,
                        sample(ALLOWLIST.elementAttributes().get(element).get(attribute))));
        return required;
    }

    /** A value as markup that the rule keeps, written differently from how the rule writes it where it can be. */
    static String sample(AttributeRule rule) {
        return switch (rule) {
            case TEXT -> "Minutes &amp; notes";
            case LANGUAGE_TAG -> "de-CH";
            case DIRECTION -> "RTL";
            case HORIZONTAL_ALIGNMENT -> "Center";
            case VERTICAL_ALIGNMENT -> " top ";
            case COUNT -> "3";
            case PIXELS -> "40.5";
            case DATE_TIME -> "2017-11-02";
            case URL -> "https://example.org/minutes";
        };
    }

    /** How the rule writes {@link #sample}, character references decoded. */
    static String written(AttributeRule rule) {
        return switch (rule) {
            case TEXT -> "Minutes & notes";
            case LANGUAGE_TAG -> "de-CH";
            case DIRECTION -> "rtl";
            case HORIZONTAL_ALIGNMENT -> "center";
            case VERTICAL_ALIGNMENT -> "top";
            case COUNT -> "3";
            case PIXELS -> "40";
            case DATE_TIME -> "2017-11-02";
            case URL -> "https://example.org/minutes";
        };
    }
}
