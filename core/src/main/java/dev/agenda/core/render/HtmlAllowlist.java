package dev.agenda.core.render;

import static dev.agenda.core.render.AttributeRule.COUNT;
import static dev.agenda.core.render.AttributeRule.DATE_TIME;
import static dev.agenda.core.render.AttributeRule.DIRECTION;
import static dev.agenda.core.render.AttributeRule.HORIZONTAL_ALIGNMENT;
import static dev.agenda.core.render.AttributeRule.LANGUAGE_TAG;
import static dev.agenda.core.render.AttributeRule.PIXELS;
import static dev.agenda.core.render.AttributeRule.TEXT;
import static dev.agenda.core.render.AttributeRule.URL;
import static dev.agenda.core.render.AttributeRule.VERTICAL_ALIGNMENT;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The one declaration of what page content may bring into a rendered page: which HTML elements, which of their
 * attributes (each with the {@link AttributeRule} its value must pass), which URL schemes an address may have, which
 * element cannot do without which attribute, and which elements go together with everything inside them.
 *
 * <p>Page content reaches a page by two writers, and both take every decision from here, as jsoup's {@code Safelist}
 * drives its {@code Cleaner}: {@link StorageHtmlRenderer} writes the storage format element by element, and
 * {@link HostHtmlPolicy} builds the OWASP sanitizer's policy for what the host rendered (Confluence's view of other
 * macros) from this declaration. A change here changes both. {@link #PAGE_CONTENT} is the declaration in use.
 *
 * <p>One difference is declared rather than hidden: {@linkplain #hostRenderingAttributes() attributes kept only in
 * the host's rendering} ({@code class}). Confluence draws other macros with its own classes; in the storage format a
 * class is the editor's bookkeeping, and kept it would let an author dress text as the app's own states.
 *
 * <p>What is never declared never passes: no element or attribute outside these lists, no {@code style}, and no event
 * handler (the builder refuses {@code style} and {@code on…} attributes). Immutable and thread-safe.
 */
final class HtmlAllowlist {

    // Before PAGE_CONTENT: building it checks names with these.
    private static final Pattern NAME = Pattern.compile("[a-z][a-z0-9-]*");
    private static final Pattern SCHEME = Pattern.compile("[a-z][a-z0-9+.-]*");

    /** What page content may contain, for both writers of page content. */
    static final HtmlAllowlist PAGE_CONTENT = pageContent();

    private final Set<String> elements;
    private final Set<String> elementsDroppedWithContent;
    private final Map<String, Map<String, AttributeRule>> elementAttributes;
    private final Map<String, AttributeRule> globalAttributes;
    private final Map<String, AttributeRule> hostRenderingAttributes;
    private final Map<String, String> requiredAttributes;
    private final Set<String> urlSchemes;
    private final UrlPolicy urls;
    /** Per allowed element, its own attributes then the global ones: what storage content may keep on it. */
    private final Map<String, Map<String, AttributeRule>> attributesByElement;

    private HtmlAllowlist(Builder declared) {
        this.elements = Collections.unmodifiableSet(new LinkedHashSet<>(declared.elements));
        this.elementsDroppedWithContent = Collections.unmodifiableSet(new LinkedHashSet<>(declared.droppedWithContent));
        Map<String, Map<String, AttributeRule>> byElement = new LinkedHashMap<>();
        declared.elementAttributes.forEach(
                (element, rules) -> byElement.put(element, Collections.unmodifiableMap(new LinkedHashMap<>(rules))));
        this.elementAttributes = Collections.unmodifiableMap(byElement);
        this.globalAttributes = Collections.unmodifiableMap(new LinkedHashMap<>(declared.globalAttributes));
        this.hostRenderingAttributes = Collections.unmodifiableMap(new LinkedHashMap<>(declared.hostAttributes));
        this.requiredAttributes = Collections.unmodifiableMap(new LinkedHashMap<>(declared.requiredAttributes));
        this.urlSchemes = Collections.unmodifiableSet(new LinkedHashSet<>(declared.urlSchemes));
        this.urls = new UrlPolicy(urlSchemes);
        Map<String, Map<String, AttributeRule>> merged = new LinkedHashMap<>();
        for (String element : elements) {
            Map<String, AttributeRule> rules = new LinkedHashMap<>(elementAttributes.getOrDefault(element, Map.of()));
            rules.putAll(globalAttributes);
            merged.put(element, Collections.unmodifiableMap(rules));
        }
        this.attributesByElement = Collections.unmodifiableMap(merged);
    }

    private static HtmlAllowlist pageContent() {
        String[] tableParts = {"table", "colgroup", "col", "thead", "tbody", "tfoot", "tr", "th", "td"};
        return builder()
                // Inline formatting, as authors and macros write it; big and tt are obsolete but still format.
                .elements(
                        "b", "strong", "i", "em", "u", "s", "strike", "del", "ins", "sub", "sup", "small", "big", "tt",
                        "code", "mark", "cite", "q", "span", "time", "br")
                .elements(
                        "p",
                        "div",
                        "h1",
                        "h2",
                        "h3",
                        "h4",
                        "h5",
                        "h6",
                        "blockquote",
                        "pre",
                        "hr",
                        "ul",
                        "ol",
                        "li",
                        "dl",
                        "dt",
                        "dd")
                .elements("table", "caption", "colgroup", "col", "thead", "tbody", "tfoot", "tr", "th", "td")
                .elements("a", "img")
                // An address makes a link or an image: without one it may have, the element is not written.
                .attribute("href", URL, "a")
                .requiring("a", "href")
                .attribute("src", URL, "img")
                .requiring("img", "src")
                .attribute("alt", TEXT, "img")
                .attribute("width", PIXELS, "img")
                .attribute("height", PIXELS, "img")
                .attribute("border", PIXELS, "img")
                // A time is its machine-readable date; the storage renderer shows one it cannot read as a warning.
                .attribute("datetime", DATE_TIME, "time")
                .requiring("time", "datetime")
                .attribute("start", COUNT, "ol")
                .attribute("colspan", COUNT, "td", "th")
                .attribute("rowspan", COUNT, "td", "th")
                .attribute("summary", TEXT, "table")
                .attribute("align", HORIZONTAL_ALIGNMENT, tableParts)
                .attribute("valign", VERTICAL_ALIGNMENT, tableParts)
                .globalAttribute("title", TEXT)
                .globalAttribute("lang", LANGUAGE_TAG)
                .globalAttribute("dir", DIRECTION)
                .hostRenderingAttribute("class", TEXT)
                .urlSchemes("http", "https", "mailto")
                // Their content is code, a foreign document or a control, never text a reader should see.
                .droppedWithContent(
                        "script",
                        "style",
                        "template",
                        "noscript",
                        "iframe",
                        "frame",
                        "frameset",
                        "object",
                        "embed",
                        "applet",
                        "svg",
                        "math",
                        "link",
                        "meta",
                        "base",
                        "form",
                        "input",
                        "button",
                        "select",
                        "textarea")
                .build();
    }

    /** A declaration to be filled; {@link #PAGE_CONTENT} is the one in use, others serve tests. */
    static Builder builder() {
        return new Builder();
    }

    /** The elements that may be written, in declaration order. */
    Set<String> elements() {
        return elements;
    }

    /** Elements never written, nor anything inside them: scripts, styles, frames, embedded objects, forms. */
    Set<String> elementsDroppedWithContent() {
        return elementsDroppedWithContent;
    }

    /** Attributes allowed on particular elements only, by element. */
    Map<String, Map<String, AttributeRule>> elementAttributes() {
        return elementAttributes;
    }

    /** Attributes allowed on every allowed element. */
    Map<String, AttributeRule> globalAttributes() {
        return globalAttributes;
    }

    /**
     * Attributes allowed on every allowed element in markup the host rendered, never taken from the storage format:
     * the host's styling vocabulary ({@code class}), which in storage format is the editor's bookkeeping.
     */
    Map<String, AttributeRule> hostRenderingAttributes() {
        return hostRenderingAttributes;
    }

    /** Elements written only with the given attribute kept (a link needs its address), by element. */
    Map<String, String> requiredAttributes() {
        return requiredAttributes;
    }

    /** The schemes an absolute address may have, in lower case; relative addresses are always allowed. */
    Set<String> urlSchemes() {
        return urlSchemes;
    }

    boolean allows(String element) {
        return elements.contains(element);
    }

    boolean dropsWithContent(String element) {
        return elementsDroppedWithContent.contains(element);
    }

    /**
     * What storage content may keep of an element's attributes: the allowed ones whose values pass their rules, as
     * the rules write them, in declaration order (the element's own, then the global ones). Nothing for an element
     * that is not allowed.
     */
    Map<String, String> acceptedAttributes(String element, Map<String, String> written) {
        Map<String, String> accepted = new LinkedHashMap<>();
        attributesByElement.getOrDefault(element, Map.of()).forEach((name, rule) -> {
            String value = written.get(name);
            if (value != null) {
                acceptedValue(rule, value).ifPresent(kept -> accepted.put(name, kept));
            }
        });
        return accepted;
    }

    /** The value as the rule writes it, or empty when the rule refuses it ({@code URL} with this list's schemes). */
    Optional<String> acceptedValue(AttributeRule rule, String value) {
        return rule.accept(value, urls);
    }

    /** Whether the element may be written with these kept attributes: one that needs an attribute has it. */
    boolean hasRequiredAttribute(String element, Set<String> keptAttributes) {
        String required = requiredAttributes.get(element);
        return required == null || keptAttributes.contains(required);
    }

    /** Fills a declaration; {@link #build()} checks it is one both writers can follow. Not thread-safe. */
    static final class Builder {

        private final Set<String> elements = new LinkedHashSet<>();
        private final Set<String> droppedWithContent = new LinkedHashSet<>();
        private final Map<String, Map<String, AttributeRule>> elementAttributes = new LinkedHashMap<>();
        private final Map<String, AttributeRule> globalAttributes = new LinkedHashMap<>();
        private final Map<String, AttributeRule> hostAttributes = new LinkedHashMap<>();
        private final Map<String, String> requiredAttributes = new LinkedHashMap<>();
        private final Set<String> urlSchemes = new LinkedHashSet<>();

        private Builder() {}

        Builder elements(String... names) {
            elements.addAll(List.of(names));
            return this;
        }

        Builder droppedWithContent(String... names) {
            droppedWithContent.addAll(List.of(names));
            return this;
        }

        Builder attribute(String name, AttributeRule rule, String... onElements) {
            for (String element : onElements) {
                elementAttributes
                        .computeIfAbsent(element, e -> new LinkedHashMap<>())
                        .put(name, rule);
            }
            return this;
        }

        Builder globalAttribute(String name, AttributeRule rule) {
            globalAttributes.put(name, rule);
            return this;
        }

        Builder hostRenderingAttribute(String name, AttributeRule rule) {
            hostAttributes.put(name, rule);
            return this;
        }

        /** The element is written only when this attribute of it is kept. */
        Builder requiring(String element, String attribute) {
            requiredAttributes.put(element, attribute);
            return this;
        }

        Builder urlSchemes(String... schemes) {
            urlSchemes.addAll(List.of(schemes));
            return this;
        }

        /** @throws IllegalArgumentException if the declaration contradicts itself or would allow script */
        HtmlAllowlist build() {
            elements.forEach(name -> check(NAME, name, "element"));
            droppedWithContent.forEach(name -> check(NAME, name, "element"));
            urlSchemes.forEach(scheme -> check(SCHEME, scheme, "URL scheme"));
            for (String element : elements) {
                require(!droppedWithContent.contains(element), element + " is both allowed and dropped");
            }
            elementAttributes.forEach((element, rules) -> {
                require(elements.contains(element), "attributes declared on " + element + ", which is not allowed");
                rules.keySet().forEach(Builder::checkAttribute);
                rules.keySet()
                        .forEach(name -> require(
                                !globalAttributes.containsKey(name) && !hostAttributes.containsKey(name),
                                name + " is declared on " + element + " and globally"));
            });
            globalAttributes.keySet().forEach(Builder::checkAttribute);
            hostAttributes.keySet().forEach(Builder::checkAttribute);
            globalAttributes
                    .keySet()
                    .forEach(name -> require(
                            !hostAttributes.containsKey(name),
                            name + " is declared for both writers and for the host's rendering only"));
            requiredAttributes.forEach((element, attribute) -> require(
                    elementAttributes.getOrDefault(element, Map.of()).containsKey(attribute),
                    element + " requires " + attribute + ", which is not declared on it"));
            return new HtmlAllowlist(this);
        }

        private static void checkAttribute(String name) {
            check(NAME, name, "attribute");
            // The one safety net a declaration cannot be edited past: no style, no event handler.
            require(!name.equals("style") && !name.startsWith("on"), name + " would let page content run or restyle");
        }

        private static void check(Pattern pattern, String name, String what) {
            require(pattern.matcher(name).matches(), "not an HTML " + what + " name in lower case: " + name);
        }

        private static void require(boolean condition, String problem) {
            if (!condition) {
                throw new IllegalArgumentException(problem);
            }
        }
    }
}
