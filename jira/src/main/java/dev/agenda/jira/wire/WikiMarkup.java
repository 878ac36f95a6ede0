package dev.agenda.jira.wire;

import dev.agenda.core.tracker.Description;
import java.util.List;

/**
 * Writes a {@link Description} as Jira wiki markup (the description format of Jira Data Center's REST v2). Text is
 * escaped so that nothing an author wrote is read as markup: characters that start effects, macros, links, tables
 * and images get a backslash.
 */
public final class WikiMarkup {

    private static final String SPECIAL = "*_-+^~{}[]|!#?";

    private WikiMarkup() {}

    public static String write(Description description) {
        StringBuilder markup = new StringBuilder();
        for (Description.Block block : description.blocks()) {
            if (markup.length() > 0) {
                markup.append("\n\n");
            }
            if (block instanceof Description.Paragraph paragraph) {
                inline(paragraph.content(), markup);
            } else if (block instanceof Description.BulletList list) {
                for (int i = 0; i < list.items().size(); i++) {
                    markup.append(i == 0 ? "* " : "\n* ");
                    inline(list.items().get(i), markup);
                }
            }
        }
        return markup.toString();
    }

    private static void inline(List<Description.Inline> content, StringBuilder markup) {
        for (Description.Inline inline : content) {
            if (inline instanceof Description.Text text) {
                markup.append(escape(text.text()));
            } else if (inline instanceof Description.Link link) {
                markup.append('[')
                        .append(escape(link.text()))
                        .append('|')
                        .append(linkTarget(link.url()))
                        .append(']');
            }
        }
    }

    /** Escapes wiki markup's special characters; line breaks become spaces so a text stays one paragraph. */
    static String escape(String text) {
        StringBuilder escaped = new StringBuilder(text.length() + 8);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\r' || c == '\n') {
                escaped.append(' ');
            } else if (c == '\\') {
                escaped.append("&#92;");
            } else {
                if (SPECIAL.indexOf(c) >= 0) {
                    escaped.append('\\');
                }
                escaped.append(c);
            }
        }
        return escaped.toString();
    }

    private static String linkTarget(String url) {
        return url.replace("|", "%7C").replace("]", "%5D").replace("[", "%5B").replace(" ", "%20");
    }
}
