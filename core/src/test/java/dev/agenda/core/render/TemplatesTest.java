package dev.agenda.core.render;

import static dev.agenda.core.render.RenderTestSupport.assertNoScriptElements;
import static dev.agenda.core.render.RenderTestSupport.assertNone;
import static dev.agenda.core.render.RenderTestSupport.attributeNames;
import static dev.agenda.core.render.RenderTestSupport.only;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import java.util.List;
import java.util.Map;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.Test;

public class TemplatesTest {

    @Test
    public void everythingATemplatePrintsIsEscapedUnlessItIsSafeHtml() {
        String html = RenderTestSupport.TEMPLATES
                .render(
                        "page.vm",
                        Map.of(
                                "title",
                                "<script>x</script>",
                                "styles",
                                SafeHtml.EMPTY,
                                "banner",
                                SafeHtml.EMPTY,
                                "scripts",
                                SafeHtml.EMPTY,
                                "body",
                                new HtmlWriter()
                                        .element("p", "<b>", "class", "a\"b")
                                        .toSafeHtml(),
                                "source",
                                "a&b.xml",
                                "renderedAt",
                                "now"))
                .toString();
        Document document = RenderTestSupport.parse(html);

        assertEquals("<script>x</script>", document.title());
        // Raw on purpose: a parser reads markup inside <title> as text, so only the source shows the escape.
        assertTrue(html.contains("<title>&lt;script&gt;x&lt;/script&gt;</title>"));

        Element paragraph = only(RenderTestSupport.main(document), "p");
        assertEquals("the quote did not end the attribute", List.of("class"), attributeNames(paragraph));
        assertEquals("a\"b", paragraph.attr("class"));
        assertEquals("<b>", paragraph.text());
        assertNone(document, "b");
        assertNoScriptElements(document);

        assertEquals(
                "Rendered by agenda from a&b.xml at now.",
                only(document, "footer > p").text());
        // Raw on purpose: a parser reads a bare "&b" as "&b", so only the source shows the "&" was escaped.
        assertTrue(html.contains("a&amp;b.xml"));
    }

    @Test(expected = RuntimeException.class)
    public void aMisspeltReferenceFailsLoudly() {
        RenderTestSupport.TEMPLATES.render("page.vm", Map.of("title", "t"));
    }
}
