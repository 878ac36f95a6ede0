package dev.agenda.confluence.host;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import com.atlassian.confluence.content.render.xhtml.ConversionContext;
import com.atlassian.confluence.content.render.xhtml.XhtmlException;
import com.atlassian.confluence.xhtml.api.XhtmlContent;
import dev.agenda.core.storage.StorageElement;
import dev.agenda.core.storage.StorageFormatParser;
import org.junit.Test;

public class ConfluenceHostContentRendererTest {

    private final XhtmlContent xhtmlContent = mock(XhtmlContent.class);
    private final ConversionContext context = mock(ConversionContext.class);
    private final ConfluenceHostContentRenderer renderer = new ConfluenceHostContentRenderer(xhtmlContent, context);

    private static StorageElement link() throws Exception {
        return new StorageFormatParser()
                .parse("<ac:link><ri:page ri:content-title=\"Minutes &amp; notes\" /></ac:link>")
                .childElements()
                .get(0);
    }

    @Test
    public void handsConfluenceThePieceInStorageFormatWithTheMacrosContext() throws Exception {
        when(xhtmlContent.convertStorageToView(
                        "<ac:link><ri:page ri:content-title=\"Minutes &amp; notes\" /></ac:link>", context))
                .thenReturn("<a href=\"/display/X/Minutes\">Minutes &amp; notes</a>");

        assertEquals(
                "the link, as the allowlist passes links (rel=nofollow added)",
                "<a href=\"/display/X/Minutes\" rel=\"nofollow\">Minutes &amp; notes</a>",
                renderer.render(link()).orElseThrow().toString());
    }

    @Test
    public void whatAnotherMacroRendersPassesTheAllowlistSoNoScriptSurvives() throws Exception {
        when(xhtmlContent.convertStorageToView(anyString(), any()))
                .thenReturn("<div class=\"panel\" onclick=\"x()\">"
                        + "<p>Kept <b>bold</b> &lt;text&gt;</p><script>steal()</script><style>p{}</style>"
                        + "<iframe src=\"https://evil.example\"></iframe><a href=\"javascript:steal()\">js</a>"
                        + "<a href=\"https://confluence.example.org/x\">web</a><img src=\"data:image/png;base64,AA\" />"
                        + "<span style=\"background:url(javascript:x)\">styled</span></div>");

        String html = renderer.render(link()).orElseThrow().toString();

        assertTrue(html, html.contains("<div class=\"panel\"><p>Kept <b>bold</b> &lt;text&gt;</p>"));
        assertTrue(html, html.contains("href=\"https://confluence.example.org/x\""));
        assertTrue(html, html.contains("styled"));
        for (String gone :
                new String[] {"onclick", "<script", "steal", "<style", "<iframe", "javascript:", "data:", "style="}) {
            assertFalse(gone + " in " + html, html.contains(gone));
        }
    }

    @Test
    public void whatConfluenceCannotConvertFallsBackToTheAppsOwnRendering() throws Exception {
        when(xhtmlContent.convertStorageToView(anyString(), any())).thenThrow(new XhtmlException("no such page"));

        assertTrue(renderer.render(link()).isEmpty());
    }
}
