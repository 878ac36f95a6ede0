package dev.agenda.core.tracker;

import java.util.List;
import java.util.Objects;

/**
 * An issue description in a form every tracker dialect can write: paragraphs and bullet lists of text and links.
 * Jira Data Center receives it as wiki markup, Jira Cloud as Atlassian Document Format.
 */
public record Description(List<Block> blocks) {

    public Description {
        blocks = List.copyOf(blocks);
    }

    public static Description of(Block... blocks) {
        return new Description(List.of(blocks));
    }

    /** A block of a description. */
    public sealed interface Block permits Paragraph, BulletList {}

    /** A paragraph of inline content. */
    public record Paragraph(List<Inline> content) implements Block {
        public Paragraph {
            content = List.copyOf(content);
        }

        public static Paragraph of(Inline... content) {
            return new Paragraph(List.of(content));
        }
    }

    /** A bulleted list; each item is a line of inline content. */
    public record BulletList(List<List<Inline>> items) implements Block {
        public BulletList {
            items = items.stream().map(List::copyOf).toList();
        }
    }

    /** Inline content. */
    public sealed interface Inline permits Text, Link {}

    /** Plain text, written as it is (each dialect escapes what its format needs). */
    public record Text(String text) implements Inline {
        public Text {
            Objects.requireNonNull(text, "text");
        }
    }

    /** A link with its text. */
    public record Link(String text, String url) implements Inline {
        public Link {
            Objects.requireNonNull(text, "text");
            Objects.requireNonNull(url, "url");
        }
    }
}
