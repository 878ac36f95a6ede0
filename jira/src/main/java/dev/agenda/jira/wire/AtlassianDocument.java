package dev.agenda.jira.wire;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.agenda.core.tracker.Description;
import java.util.List;

/**
 * Writes a {@link Description} as Atlassian Document Format, the description format of Jira Cloud's REST v3: a
 * {@code doc} of paragraphs and bullet lists, links as {@code link} marks. ADF forbids empty text nodes, so none is
 * written.
 */
public final class AtlassianDocument {

    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;

    private AtlassianDocument() {}

    public static ObjectNode write(Description description) {
        ObjectNode doc = JSON.objectNode().put("type", "doc").put("version", 1);
        ArrayNode content = doc.putArray("content");
        for (Description.Block block : description.blocks()) {
            if (block instanceof Description.Paragraph paragraph) {
                content.add(paragraph(paragraph.content()));
            } else if (block instanceof Description.BulletList list) {
                ObjectNode bullets = content.addObject().put("type", "bulletList");
                ArrayNode items = bullets.putArray("content");
                for (List<Description.Inline> item : list.items()) {
                    items.addObject()
                            .put("type", "listItem")
                            .putArray("content")
                            .add(paragraph(item));
                }
            }
        }
        return doc;
    }

    private static ObjectNode paragraph(List<Description.Inline> inlines) {
        ObjectNode paragraph = JSON.objectNode().put("type", "paragraph");
        ArrayNode content = paragraph.putArray("content");
        for (Description.Inline inline : inlines) {
            if (inline instanceof Description.Text text && !text.text().isEmpty()) {
                content.addObject().put("type", "text").put("text", text.text());
            } else if (inline instanceof Description.Link link && !link.text().isEmpty()) {
                ObjectNode node = content.addObject().put("type", "text").put("text", link.text());
                node.putArray("marks")
                        .addObject()
                        .put("type", "link")
                        .putObject("attrs")
                        .put("href", link.url());
            }
        }
        return paragraph;
    }
}
