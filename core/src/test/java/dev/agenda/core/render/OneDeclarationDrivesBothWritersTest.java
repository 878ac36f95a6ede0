package dev.agenda.core.render;

import static dev.agenda.core.render.AllowlistWriters.attribute;
import static dev.agenda.core.render.AllowlistWriters.hasElement;
import static dev.agenda.core.render.AllowlistWriters.host;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertSame;
import static org.junit.Assert.assertTrue;

import dev.agenda.core.Fixtures;
import dev.agenda.core.users.UserDirectory;
import java.io.IOException;
import java.lang.reflect.Array;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiFunction;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.Test;

/**
 * The allowlist lives in one place: both writers of page content follow whatever declaration they are given — a
 * narrower one narrows both, a wider one widens both — production gives both {@link HtmlAllowlist#PAGE_CONTENT}, and no
 * other class of the render package holds a list of elements, attributes or URL schemes of its own.
 */
public class OneDeclarationDrivesBothWritersTest {

    private static final List<BiFunction<String, HtmlAllowlist, String>> WRITERS =
            List.of(AllowlistWriters::storage, AllowlistWriters::host);
    private static final String CONTENT = "<p title=\"t\"><em>em</em> <strong>strong</strong> <kbd>kbd</kbd> "
            + "<a href=\"https://example.org/s\">secure</a> <a href=\"http://example.org/p\">plain</a> "
            + "<a href=\"mailto:chair@example.org\">mail</a> <a href=\"ftp://example.org/f\">ftp</a> "
            + "<aside>aside</aside></p>";

    @Test
    public void aNarrowerDeclarationNarrowsBothWriters() {
        HtmlAllowlist narrow = HtmlAllowlist.builder()
                .elements("p", "em", "a")
                .attribute("href", AttributeRule.URL, "a")
                .requiring("a", "href")
                .urlSchemes("https")
                .build();

        for (BiFunction<String, HtmlAllowlist, String> writer : WRITERS) {
            String html = writer.apply(CONTENT, narrow);
            assertTrue(html, hasElement(html, "em"));
            assertFalse("strong is not declared: " + html, hasElement(html, "strong"));
            assertEquals(html, Optional.of("https://example.org/s"), attribute(html, "a", "href"));
            assertFalse(
                    "http and mailto are not declared: " + html, html.contains("http:") || html.contains("mailto:"));
            assertFalse("title is not declared: " + html, html.contains("title="));
            assertTrue("refused elements keep their text: " + html, html.contains("strong") && html.contains("plain"));
        }
        for (BiFunction<String, HtmlAllowlist, String> writer : WRITERS) {
            String html = writer.apply(CONTENT, HtmlAllowlist.PAGE_CONTENT);
            assertTrue(
                    "the page content declaration allows them: " + html,
                    hasElement(html, "strong")
                            && html.contains("http://example.org/p")
                            && html.contains("mailto:")
                            && html.contains("title="));
        }
    }

    @Test
    public void aWiderDeclarationWidensBothWriters() {
        HtmlAllowlist wide = HtmlAllowlist.builder()
                .elements("p", "kbd", "a")
                .attribute("href", AttributeRule.URL, "a")
                .requiring("a", "href")
                .urlSchemes("ftp", "https")
                .globalAttribute("title", AttributeRule.TEXT)
                .build();

        for (BiFunction<String, HtmlAllowlist, String> writer : WRITERS) {
            String html = writer.apply(CONTENT, wide);
            assertTrue("kbd is declared: " + html, hasElement(html, "kbd"));
            assertTrue("ftp is declared: " + html, html.contains("href=\"ftp://example.org/f\""));
            assertEquals(html, Optional.of("t"), attribute(html, "p", "title"));
        }
        for (BiFunction<String, HtmlAllowlist, String> writer : WRITERS) {
            String html = writer.apply(CONTENT, HtmlAllowlist.PAGE_CONTENT);
            assertFalse(
                    "the page content declaration has neither: " + html,
                    hasElement(html, "kbd") || html.contains("ftp:"));
        }
    }

    @Test
    public void whatADeclarationDropsWithItsContentBothWritersLeaveOutWithIt() {
        HtmlAllowlist dropsAsides = HtmlAllowlist.builder()
                .elements("p")
                .droppedWithContent("aside")
                .build();

        for (BiFunction<String, HtmlAllowlist, String> writer : WRITERS) {
            String html = writer.apply(CONTENT, dropsAsides);
            assertFalse(html, html.contains("aside"));
            assertTrue(html, html.contains("secure"));
            assertTrue(
                    "without the declaration an aside keeps its text",
                    writer.apply(CONTENT, HtmlAllowlist.PAGE_CONTENT).contains("aside"));
        }
    }

    @Test
    public void theValueRulesAreTheDeclarationsSoAChangedRuleChangesBothWriters() {
        String cell = "<table><tbody><tr><td colspan=\"2000\" lang=\"not a tag\">c</td></tr></tbody></table>";
        HtmlAllowlist anyText = HtmlAllowlist.builder()
                .elements("table", "tbody", "tr", "td")
                .attribute("colspan", AttributeRule.TEXT, "td")
                .globalAttribute("lang", AttributeRule.TEXT)
                .build();

        for (BiFunction<String, HtmlAllowlist, String> writer : WRITERS) {
            String strict = writer.apply(cell, HtmlAllowlist.PAGE_CONTENT);
            assertEquals(strict, Optional.empty(), attribute(strict, "td", "colspan"));
            assertEquals(strict, Optional.empty(), attribute(strict, "td", "lang"));
            String lax = writer.apply(cell, anyText);
            assertEquals(lax, Optional.of("2000"), attribute(lax, "td", "colspan"));
            assertEquals(lax, Optional.of("not a tag"), attribute(lax, "td", "lang"));
        }
    }

    @Test
    public void productionGivesBothWritersThePageContentDeclaration() throws Exception {
        var page = Fixtures.page("p", "<p>x</p>", UserDirectory.empty());
        StorageHtmlRenderer renderer = new StorageHtmlRenderer(
                RenderTestSupport.context(UserDirectory.empty(), Instant.EPOCH),
                page,
                (macro, agenda) -> SafeHtml.EMPTY);
        List<Object> allowlists = fieldsOfType(StorageHtmlRenderer.class, HtmlAllowlist.class, renderer);
        assertEquals(1, allowlists.size());
        assertSame(HtmlAllowlist.PAGE_CONTENT, allowlists.get(0));

        List<String> corpus = List.of(
                CONTENT,
                "<img src=\"/a.png\" alt=\"a\" width=\"3\"><svg><b>x</b></svg>",
                "<table summary=\"s\"><tr><td colspan=\"2\" class=\"c\" style=\"x\">c</td></tr></table>");
        for (String html : corpus) {
            assertEquals(
                    "the host's sanitizer in use is the one built from the page content declaration",
                    host(html, HtmlAllowlist.PAGE_CONTENT),
                    host(html));
        }
        for (Class<?> type : renderPackage()) {
            for (Object allowlist : fieldsOfType(type, HtmlAllowlist.class, null)) {
                assertSame(type + " holds another declaration", HtmlAllowlist.PAGE_CONTENT, allowlist);
            }
        }
    }

    /**
     * No class of the render package but the declaration ({@link HtmlAllowlist} and its {@link AttributeRule}s) keeps
     * a constant naming an element, attribute or URL scheme the declaration speaks of. {@link HtmlWriter} is left out:
     * it knows which elements HTML writes without an end tag, which is syntax and decides nothing about what passes.
     */
    @Test
    public void noOtherClassOfTheRenderPackageKeepsAListOfItsOwn() throws Exception {
        HtmlAllowlist declared = HtmlAllowlist.PAGE_CONTENT;
        Set<String> names = new HashSet<>(declared.elements());
        names.addAll(declared.elementsDroppedWithContent());
        names.addAll(declared.globalAttributes().keySet());
        names.addAll(declared.hostRenderingAttributes().keySet());
        declared.elementAttributes().values().forEach(rules -> names.addAll(rules.keySet()));
        names.addAll(declared.urlSchemes());
        Set<Class<?>> declaration =
                Set.of(HtmlAllowlist.class, HtmlAllowlist.Builder.class, AttributeRule.class, HtmlWriter.class);

        List<String> found = new ArrayList<>();
        List<Class<?>> classes = renderPackage();
        assertTrue(
                "the scan sees the package",
                classes.contains(StorageHtmlRenderer.class)
                        && classes.contains(HostHtmlPolicy.class)
                        && classes.contains(UrlPolicy.class));
        for (Class<?> type : classes) {
            if (declaration.contains(type)) {
                continue;
            }
            for (Field field : type.getDeclaredFields()) {
                if (Modifier.isStatic(field.getModifiers()) && !field.isSynthetic()) {
                    field.setAccessible(true);
                    words(field.get(null))
                            .filter(names::contains)
                            .forEach(word -> found.add(type.getSimpleName() + "." + field.getName() + ": " + word));
                }
            }
        }
        assertEquals("lists outside the declaration", List.of(), found);
    }

    /** The words in a constant: lower-case runs of letters, digits and hyphens in its strings and patterns. */
    private static Stream<String> words(Object constant) {
        if (constant instanceof String text) {
            return Pattern.compile("[^a-z0-9-]+").splitAsStream(text.toLowerCase(Locale.ROOT));
        } else if (constant instanceof Pattern pattern) {
            return words(pattern.pattern());
        } else if (constant instanceof Collection<?> collection) {
            return collection.stream().flatMap(OneDeclarationDrivesBothWritersTest::words);
        } else if (constant instanceof Map<?, ?> map) {
            return Stream.concat(words(map.keySet()), words(map.values()));
        } else if (constant != null && constant.getClass().isArray()) {
            List<Object> elements = new ArrayList<>();
            for (int i = 0; i < Array.getLength(constant); i++) {
                elements.add(Array.get(constant, i));
            }
            return words(elements);
        }
        return Stream.empty();
    }

    private static List<Object> fieldsOfType(Class<?> owner, Class<?> type, Object instance) throws Exception {
        List<Object> values = new ArrayList<>();
        for (Field field : owner.getDeclaredFields()) {
            if (field.getType() == type && Modifier.isStatic(field.getModifiers()) == (instance == null)) {
                field.setAccessible(true);
                values.add(field.get(instance));
            }
        }
        return values;
    }

    /** Every class compiled into the render package, nested ones too. */
    private static List<Class<?>> renderPackage() throws IOException, URISyntaxException, ClassNotFoundException {
        Path classes = Path.of(HtmlAllowlist.class
                .getProtectionDomain()
                .getCodeSource()
                .getLocation()
                .toURI());
        Path directory = classes.resolve(HtmlAllowlist.class.getPackageName().replace('.', '/'));
        List<Class<?>> types = new ArrayList<>();
        try (Stream<Path> files = Files.list(directory)) {
            for (Path file :
                    files.filter(f -> f.toString().endsWith(".class")).sorted().toList()) {
                String simpleName = file.getFileName().toString().replace(".class", "");
                types.add(Class.forName(HtmlAllowlist.class.getPackageName() + "." + simpleName));
            }
        }
        return types;
    }
}
