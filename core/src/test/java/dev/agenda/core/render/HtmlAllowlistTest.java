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
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertThrows;
import static org.junit.Assert.assertTrue;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.Test;

/** The declaration itself: its value rules, its order, and what it refuses to declare. */
public class HtmlAllowlistTest {

    private static final HtmlAllowlist ALLOWLIST = HtmlAllowlist.PAGE_CONTENT;

    private static Optional<String> accepted(AttributeRule rule, String value) {
        return ALLOWLIST.acceptedValue(rule, value);
    }

    @Test
    public void addressesAreRelativeOrOfADeclaredSchemeAndNoSpellingSmugglesInAnother() {
        for (String allowed : List.of(
                "https://example.org/a?b=1",
                "HTTP://example.org",
                "mailto:chair@example.org",
                "/wiki/x",
                "minutes.html",
                "#today",
                "?week=45",
                "//example.org/x",
                "a/b:c")) {
            assertEquals(allowed, Optional.of(allowed), accepted(URL, allowed));
        }
        assertEquals(
                "written without the white space around it",
                Optional.of("https://example.org"),
                accepted(URL, "  https://example.org\n"));
        for (String refused : List.of(
                "javascript:alert(1)",
                "JaVaScRiPt:alert(1)",
                " javascript:alert(1)",
                "java\tscript:alert(1)",
                "java\nscript:alert(1)",
                "\u0000javascript:alert(1)",
                "javascript\u0001:x",
                "data:text/html,<script>x</script>",
                "DATA:image/png;base64,AA",
                "vbscript:msgbox(1)",
                "ftp://example.org/x",
                "file:///etc/passwd",
                "a:b",
                "",
                "   ")) {
            assertEquals(refused, Optional.empty(), accepted(URL, refused));
        }
    }

    @Test
    public void theSchemesAreTheDeclarationsOwn() {
        HtmlAllowlist httpsOnly = HtmlAllowlist.builder()
                .elements("a")
                .attribute("href", URL, "a")
                .urlSchemes("https")
                .build();

        assertEquals(Optional.of("https://example.org"), httpsOnly.acceptedValue(URL, "https://example.org"));
        assertEquals(Optional.empty(), httpsOnly.acceptedValue(URL, "http://example.org"));
        assertEquals(Optional.empty(), httpsOnly.acceptedValue(URL, "mailto:chair@example.org"));
        assertEquals(Optional.of("/relative"), httpsOnly.acceptedValue(URL, "/relative"));
    }

    @Test
    public void eachRuleWritesWhatItAcceptsAndRefusesTheRest() {
        assertEquals(Optional.of("Minutes & <notes>"), accepted(TEXT, "Minutes & <notes>"));
        assertEquals(Optional.of("3"), accepted(COUNT, " 3 "));
        assertEquals(Optional.of("999"), accepted(COUNT, "999"));
        assertEquals(Optional.of("40"), accepted(PIXELS, "40.5"));
        assertEquals(Optional.of("0"), accepted(PIXELS, "0"));
        assertEquals(Optional.of("rtl"), accepted(DIRECTION, "RTL"));
        assertEquals(Optional.of("center"), accepted(HORIZONTAL_ALIGNMENT, "Center"));
        assertEquals(Optional.of("baseline"), accepted(VERTICAL_ALIGNMENT, "baseline"));
        assertEquals(Optional.of("de-CH"), accepted(LANGUAGE_TAG, "de-CH"));
        assertEquals("unknown language", Optional.of(""), accepted(LANGUAGE_TAG, ""));
        assertEquals(Optional.of("2017-11-02T09:30+01:00"), accepted(DATE_TIME, "2017-11-02T09:30+01:00"));
        for (String notACount : List.of("0", "1000", "-1", "2x", "", "1e2")) {
            assertEquals(notACount, Optional.empty(), accepted(COUNT, notACount));
        }
        for (String notPixels : List.of(".5", "40px", "-1", "", "4 0")) {
            assertEquals(notPixels, Optional.empty(), accepted(PIXELS, notPixels));
        }
        assertEquals(Optional.empty(), accepted(DIRECTION, "sideways"));
        assertEquals(Optional.empty(), accepted(HORIZONTAL_ALIGNMENT, "top"));
        assertEquals(Optional.empty(), accepted(VERTICAL_ALIGNMENT, "center"));
        assertEquals(Optional.empty(), accepted(LANGUAGE_TAG, "en us"));
        assertEquals(Optional.empty(), accepted(DATE_TIME, "javascript:alert(1)"));
    }

    @Test
    public void anElementKeepsItsOwnAttributesThenTheGlobalOnesInDeclarationOrder() {
        Map<String, String> written = new LinkedHashMap<>();
        written.put("onclick", "steal()");
        written.put("style", "color:red");
        written.put("class", "highlight");
        written.put("title", "Break");
        written.put("rowspan", "2");
        written.put("colspan", "3");
        written.put("dir", "LTR");
        written.put("align", "middle");

        assertEquals(
                List.of("colspan=3", "rowspan=2", "title=Break", "dir=ltr"),
                ALLOWLIST.acceptedAttributes("td", written).entrySet().stream()
                        .map(Object::toString)
                        .toList());
        assertTrue(
                "nothing for an element that is not allowed",
                ALLOWLIST.acceptedAttributes("marquee", written).isEmpty());
    }

    @Test
    public void anElementThatNeedsAnAttributeIsOnlyCompleteWithIt() {
        assertTrue(ALLOWLIST.hasRequiredAttribute("a", Set.of("href", "title")));
        assertFalse(ALLOWLIST.hasRequiredAttribute("a", Set.of("title")));
        assertFalse(ALLOWLIST.hasRequiredAttribute("img", Set.of("alt")));
        assertTrue(ALLOWLIST.hasRequiredAttribute("span", Set.of()));
    }

    @Test
    public void aDeclarationCannotAllowStyleOrEventHandlersNorContradictItself() {
        assertRefused(HtmlAllowlist.builder().elements("p").globalAttribute("style", TEXT));
        assertRefused(HtmlAllowlist.builder().elements("p").globalAttribute("onclick", TEXT));
        assertRefused(HtmlAllowlist.builder().elements("img").attribute("onerror", TEXT, "img"));
        assertRefused(HtmlAllowlist.builder().elements("p").hostRenderingAttribute("onmouseover", TEXT));
        assertRefused(HtmlAllowlist.builder().elements("script").droppedWithContent("script"));
        assertRefused(HtmlAllowlist.builder().elements("p").attribute("href", URL, "a"));
        assertRefused(HtmlAllowlist.builder().elements("a").requiring("a", "href"));
        assertRefused(HtmlAllowlist.builder()
                .elements("td")
                .attribute("title", TEXT, "td")
                .globalAttribute("title", TEXT));
        assertRefused(HtmlAllowlist.builder()
                .elements("p")
                .globalAttribute("class", TEXT)
                .hostRenderingAttribute("class", TEXT));
        assertRefused(HtmlAllowlist.builder().elements("P"));
        assertRefused(HtmlAllowlist.builder().elements("p").globalAttribute("xml:lang", TEXT));
        assertRefused(HtmlAllowlist.builder().urlSchemes("java script"));
    }

    @Test
    public void theDeclarationCannotBeChangedOnceBuilt() {
        assertThrows(
                UnsupportedOperationException.class, () -> ALLOWLIST.elements().add("marquee"));
        assertThrows(
                UnsupportedOperationException.class,
                () -> ALLOWLIST.elementsDroppedWithContent().clear());
        assertThrows(
                UnsupportedOperationException.class,
                () -> ALLOWLIST.urlSchemes().add("javascript"));
        assertThrows(
                UnsupportedOperationException.class,
                () -> ALLOWLIST.globalAttributes().put("style", TEXT));
        assertThrows(
                UnsupportedOperationException.class,
                () -> ALLOWLIST.elementAttributes().get("a").put("onclick", TEXT));
        assertThrows(
                UnsupportedOperationException.class,
                () -> ALLOWLIST.hostRenderingAttributes().clear());
        assertThrows(
                UnsupportedOperationException.class,
                () -> ALLOWLIST.requiredAttributes().remove("a"));
    }

    private static void assertRefused(HtmlAllowlist.Builder declaration) {
        assertThrows(IllegalArgumentException.class, declaration::build);
    }
}
