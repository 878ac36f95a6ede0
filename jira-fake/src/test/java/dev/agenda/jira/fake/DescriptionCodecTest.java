package dev.agenda.jira.fake;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.agenda.core.tracker.Description;
import java.util.List;
import org.junit.Test;

/** Descriptions written in one dialect read back in the other. */
public class DescriptionCodecTest {

    private static final Description ACTION = Description.of(
            Description.Paragraph.of(
                    new Description.Text("Draft [the] plan — *now* from "),
                    new Description.Link("the DMLT meeting", "https://c.example.org/x?a=1|2")),
            new Description.BulletList(List.of(
                    List.of(new Description.Text("Also: John Swinbank")),
                    List.of(new Description.Text("back\\slash")))));

    @Test
    public void wikiMarkupRoundTripsEscapesAndLinks() {
        String wiki = DescriptionCodec.toWiki(ACTION);

        assertTrue(wiki, wiki.contains("\\[the\\] plan — \\*now\\*"));
        assertTrue(wiki, wiki.contains("[the DMLT meeting|https://c.example.org/x?a=1%7C2]"));
        assertEquals(ACTION, DescriptionCodec.fromWiki(wiki));
    }

    @Test
    public void anAtlassianDocumentRoundTrips() throws Exception {
        var adf = DescriptionCodec.toAdf(ACTION);

        assertEquals("doc", adf.path("type").asText());
        assertEquals("link", adf.at("/content/0/content/1/marks/0/type").asText());
        assertEquals(ACTION, DescriptionCodec.fromAdf(new ObjectMapper().readTree(adf.toString())));
    }

    @Test
    public void plainWikiWithLineBreaksAndBulletsReadsAsBlocks() {
        Description read = DescriptionCodec.fromWiki("First line\nsame paragraph\n* one\n* two\n\nLast");

        assertEquals(
                Description.of(
                        Description.Paragraph.of(new Description.Text("First line same paragraph")),
                        new Description.BulletList(
                                List.of(List.of(new Description.Text("one")), List.of(new Description.Text("two")))),
                        Description.Paragraph.of(new Description.Text("Last"))),
                read);
    }

    @Test
    public void onlyADocNodeIsAnAtlassianDocument() throws Exception {
        ObjectMapper json = new ObjectMapper();
        assertTrue(
                DescriptionCodec.isAtlassianDocument(json.readTree("{\"type\":\"doc\",\"version\":1,\"content\":[]}")));
        assertFalse(DescriptionCodec.isAtlassianDocument(json.readTree("\"plain text\"")));
        assertFalse(DescriptionCodec.isAtlassianDocument(json.readTree("{\"type\":\"paragraph\",\"content\":[]}")));
    }
}
