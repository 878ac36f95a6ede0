package dev.agenda.jira.fake;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.agenda.core.tracker.Description;
import java.util.ArrayList;
import java.util.List;

/**
 * Descriptions in both of Jira's dialects: wiki markup (Data Center, REST v2) and Atlassian Document Format (Cloud,
 * REST v3), read into and written from the tracker's {@link Description} so that an issue written in one form reads
 * back in the other. Covers what a {@link Description} can hold — paragraphs, bullet lists, text and links; richer
 * markup is read as its plain text. Stateless.
 */
final class DescriptionCodec {

    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;
    private static final String WIKI_SPECIAL = "*_-+^~{}[]|!#?";

    private DescriptionCodec() {}

    /** Whether a JSON value is an Atlassian Document: an object of type {@code doc} with a content array. */
    static boolean isAtlassianDocument(JsonNode node) {
        return node.isObject()
                && node.path("type").asText().equals("doc")
                && node.path("content").isArray();
    }

    static Description fromWiki(String markup) {
        List<Description.Block> blocks = new ArrayList<>();
        for (String chunk : markup.replace("\r\n", "\n").split("\n\\s*\n", -1)) {
            List<List<Description.Inline>> bullets = new ArrayList<>();
            List<String> paragraph = new ArrayList<>();
            for (String line : chunk.split("\n", -1)) {
                boolean bullet = line.startsWith("* ") || line.startsWith("- ");
                if (bullet) {
                    flushParagraph(paragraph, blocks);
                    bullets.add(wikiInline(line.substring(2)));
                } else if (!line.isBlank()) {
                    flushBullets(bullets, blocks);
                    paragraph.add(line.strip());
                }
            }
            flushParagraph(paragraph, blocks);
            flushBullets(bullets, blocks);
        }
        return new Description(blocks);
    }

    static String toWiki(Description description) {
        StringBuilder markup = new StringBuilder();
        for (Description.Block block : description.blocks()) {
            if (markup.length() > 0) {
                markup.append("\n\n");
            }
            if (block instanceof Description.Paragraph paragraph) {
                writeWikiInline(paragraph.content(), markup);
            } else if (block instanceof Description.BulletList list) {
                for (int i = 0; i < list.items().size(); i++) {
                    markup.append(i == 0 ? "* " : "\n* ");
                    writeWikiInline(list.items().get(i), markup);
                }
            }
        }
        return markup.toString();
    }

    static Description fromAdf(JsonNode doc) {
        List<Description.Block> blocks = new ArrayList<>();
        for (JsonNode node : doc.path("content")) {
            String type = node.path("type").asText();
            if (type.equals("bulletList") || type.equals("orderedList")) {
                List<List<Description.Inline>> items = new ArrayList<>();
                node.path("content").forEach(item -> items.add(adfInline(item)));
                blocks.add(new Description.BulletList(items));
            } else {
                blocks.add(new Description.Paragraph(adfInline(node)));
            }
        }
        return new Description(blocks);
    }

    static ObjectNode toAdf(Description description) {
        ObjectNode doc = JSON.objectNode().put("type", "doc").put("version", 1);
        ArrayNode content = doc.putArray("content");
        for (Description.Block block : description.blocks()) {
            if (block instanceof Description.Paragraph paragraph) {
                content.add(adfParagraph(paragraph.content()));
            } else if (block instanceof Description.BulletList list) {
                ArrayNode items = content.addObject().put("type", "bulletList").putArray("content");
                list.items()
                        .forEach(item -> items.addObject()
                                .put("type", "listItem")
                                .putArray("content")
                                .add(adfParagraph(item)));
            }
        }
        return doc;
    }

    private static void flushParagraph(List<String> lines, List<Description.Block> blocks) {
        if (!lines.isEmpty()) {
            blocks.add(new Description.Paragraph(wikiInline(String.join(" ", lines))));
            lines.clear();
        }
    }

    private static void flushBullets(List<List<Description.Inline>> items, List<Description.Block> blocks) {
        if (!items.isEmpty()) {
            blocks.add(new Description.BulletList(items));
            items.clear();
        }
    }

    /**
     * Inline wiki markup: backslash escapes, <code>&amp;#92;</code> for a backslash, {@code [text|url]} and
     * {@code [url]}.
     */
    private static List<Description.Inline> wikiInline(String markup) {
        List<Description.Inline> inlines = new ArrayList<>();
        StringBuilder text = new StringBuilder();
        int i = 0;
        while (i < markup.length()) {
            char c = markup.charAt(i);
            if (c == '\\' && i + 1 < markup.length()) {
                text.append(markup.charAt(i + 1));
                i += 2;
            } else if (markup.startsWith("&#92;", i)) {
                text.append('\\');
                i += 5;
            } else if (c == '[' && closing(markup, i) > 0) {
                int end = closing(markup, i);
                addText(text, inlines);
                String inside = markup.substring(i + 1, end);
                int bar = inside.lastIndexOf('|');
                String url = bar < 0 ? inside : inside.substring(bar + 1);
                String label = bar < 0 ? url : unescape(inside.substring(0, bar));
                inlines.add(new Description.Link(
                        label,
                        url.replace("%7C", "|")
                                .replace("%5D", "]")
                                .replace("%5B", "[")
                                .replace("%20", " ")));
                i = end + 1;
            } else {
                text.append(c);
                i++;
            }
        }
        addText(text, inlines);
        return inlines;
    }

    /** The index of the unescaped {@code ]} closing the link that opens at {@code open}, or -1. */
    private static int closing(String markup, int open) {
        for (int i = open + 1; i < markup.length(); i++) {
            if (markup.charAt(i) == '\\') {
                i++;
            } else if (markup.charAt(i) == ']') {
                return i;
            }
        }
        return -1;
    }

    private static String unescape(String markup) {
        StringBuilder text = new StringBuilder();
        wikiInline(markup)
                .forEach(inline -> text.append(
                        inline instanceof Description.Text t ? t.text() : ((Description.Link) inline).text()));
        return text.toString();
    }

    private static void addText(StringBuilder text, List<Description.Inline> inlines) {
        if (text.length() > 0) {
            inlines.add(new Description.Text(text.toString()));
            text.setLength(0);
        }
    }

    private static void writeWikiInline(List<Description.Inline> content, StringBuilder markup) {
        for (Description.Inline inline : content) {
            if (inline instanceof Description.Text text) {
                markup.append(escapeWiki(text.text()));
            } else if (inline instanceof Description.Link link) {
                markup.append('[')
                        .append(escapeWiki(link.text()))
                        .append('|')
                        .append(link.url()
                                .replace("|", "%7C")
                                .replace("]", "%5D")
                                .replace("[", "%5B")
                                .replace(" ", "%20"))
                        .append(']');
            }
        }
    }

    private static String escapeWiki(String text) {
        StringBuilder escaped = new StringBuilder();
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\n' || c == '\r') {
                escaped.append(' ');
            } else if (c == '\\') {
                escaped.append("&#92;");
            } else {
                if (WIKI_SPECIAL.indexOf(c) >= 0) {
                    escaped.append('\\');
                }
                escaped.append(c);
            }
        }
        return escaped.toString();
    }

    /** The inline content under an ADF node, however deep: text (with link marks), hard breaks as spaces. */
    private static List<Description.Inline> adfInline(JsonNode node) {
        List<Description.Inline> inlines = new ArrayList<>();
        collectAdfInline(node, inlines);
        return inlines;
    }

    private static void collectAdfInline(JsonNode node, List<Description.Inline> inlines) {
        String type = node.path("type").asText();
        if (type.equals("text")) {
            String text = node.path("text").asText("");
            String href = "";
            for (JsonNode mark : node.path("marks")) {
                if (mark.path("type").asText().equals("link")) {
                    href = mark.path("attrs").path("href").asText("");
                }
            }
            inlines.add(href.isEmpty() ? new Description.Text(text) : new Description.Link(text, href));
        } else if (type.equals("hardBreak")) {
            inlines.add(new Description.Text(" "));
        } else if (node.path("attrs").path("text").isTextual()) {
            inlines.add(new Description.Text(node.path("attrs").path("text").asText()));
        } else {
            node.path("content").forEach(child -> collectAdfInline(child, inlines));
        }
    }

    private static ObjectNode adfParagraph(List<Description.Inline> inlines) {
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
