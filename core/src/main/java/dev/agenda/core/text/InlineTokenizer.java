package dev.agenda.core.text;

import dev.agenda.core.issues.IssueKey;
import dev.agenda.core.storage.StorageElement;
import dev.agenda.core.storage.StorageNode;
import dev.agenda.core.storage.StorageText;
import dev.agenda.core.users.UserDirectory;
import dev.agenda.core.users.UserRef;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Reduces storage-format content to {@link InlineToken}s: user links become people (resolved against the
 * directory), {@code jira} macros become issues, {@code <time>} becomes a date, blocks become breaks, and
 * markup that carries no reading text (macro parameters, task ids, images, nested task lists) is left out.
 * Stateless apart from the directory it was given.
 */
public final class InlineTokenizer {

    private static final Set<String> BLOCKS = Set.of(
            "p",
            "div",
            "li",
            "ul",
            "ol",
            "h1",
            "h2",
            "h3",
            "h4",
            "h5",
            "h6",
            "blockquote",
            "pre",
            "table",
            "tr",
            "td",
            "th",
            "br",
            "hr",
            "ac:task",
            "ac:rich-text-body");
    private static final Set<String> SILENT = Set.of(
            "ac:parameter",
            "ac:task-id",
            "ac:task-uuid",
            "ac:task-status",
            "ac:image",
            "ac:placeholder",
            "ac:task-list",
            "ri:attachment",
            "ri:url");

    private final UserDirectory users;

    public InlineTokenizer(UserDirectory users) {
        this.users = users;
    }

    public List<InlineToken> tokens(List<StorageNode> nodes) {
        List<InlineToken> tokens = new ArrayList<>();
        for (StorageNode node : nodes) {
            append(node, tokens);
        }
        return tokens;
    }

    private void append(StorageNode node, List<InlineToken> tokens) {
        if (node instanceof StorageText text) {
            tokens.add(new InlineToken.Words(text.text()));
            return;
        }
        StorageElement element = (StorageElement) node;
        if (SILENT.contains(element.name())) {
            return;
        }
        if (element.is("ac:link")) {
            appendLink(element, tokens);
        } else if (element.isMacro("jira")) {
            element.macroParameter("key")
                    .flatMap(IssueKey::parse)
                    .ifPresent(key -> tokens.add(new InlineToken.Issue(key)));
        } else if (element.is("time")) {
            String written = element.attribute("datetime").orElse("");
            tokens.add(new InlineToken.Date(parseDate(written), written));
        } else if (element.is("ac:emoticon")) {
            element.attribute("ac:emoji-fallback").ifPresent(emoji -> tokens.add(new InlineToken.Words(emoji)));
        } else {
            boolean block = BLOCKS.contains(element.name());
            if (block) {
                tokens.add(new InlineToken.Break());
            }
            for (StorageNode child : element.children()) {
                append(child, tokens);
            }
            if (block) {
                tokens.add(new InlineToken.Break());
            }
        }
    }

    private void appendLink(StorageElement link, List<InlineToken> tokens) {
        Optional<UserRef> user = link.firstChild("ri:user").flatMap(UserRef::from);
        if (user.isPresent()) {
            tokens.add(new InlineToken.Mention(users.resolve(user.get())));
            return;
        }
        String text = LinkText.of(link);
        if (!text.isEmpty()) {
            tokens.add(new InlineToken.Words(text));
        }
    }

    private static Optional<LocalDate> parseDate(String written) {
        try {
            return Optional.of(LocalDate.parse(written.strip()));
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }
}
