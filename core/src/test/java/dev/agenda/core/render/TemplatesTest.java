package dev.agenda.core.render;

import static org.junit.Assert.assertEquals;

import java.util.Map;
import org.junit.Test;

public class TemplatesTest {

    @Test
    public void everythingATemplatePrintsIsEscapedUnlessItIsSafeHtml() {
        String page = RenderTestSupport.TEMPLATES.render("page.vm", Map.of(
                "title", "<script>x</script>",
                "styles", SafeHtml.EMPTY,
                "banner", SafeHtml.EMPTY,
                "scripts", SafeHtml.EMPTY,
                "body", new HtmlWriter().element("p", "<b>", "class", "a\"b").toSafeHtml(),
                "source", "a&b.xml",
                "renderedAt", "now")).toString();

        assertEquals(true, page.contains("<title>&lt;script&gt;x&lt;/script&gt;</title>"));
        assertEquals(true, page.contains("<p class=\"a&quot;b\">&lt;b&gt;</p>"));
        assertEquals(true, page.contains("Rendered by agenda from a&amp;b.xml at now."));
    }

    @Test(expected = RuntimeException.class)
    public void aMisspeltReferenceFailsLoudly() {
        RenderTestSupport.TEMPLATES.render("page.vm", Map.of("title", "t"));
    }
}
