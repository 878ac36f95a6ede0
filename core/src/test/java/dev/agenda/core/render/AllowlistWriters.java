package dev.agenda.core.render;

import dev.agenda.core.Fixtures;
import dev.agenda.core.page.MeetingPage;
import dev.agenda.core.users.UserDirectory;
import java.time.Instant;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The two writers of page content, run on one piece of content, for tests that hold them to one allowlist: the storage
 * renderer and the host's sanitizer, either as production builds them or from a given declaration.
 */
final class AllowlistWriters {

    private static final Instant NOW = Instant.parse("2017-11-02T17:00:00Z");
    private static final Pattern ATTRIBUTE = Pattern.compile("\\s([a-z-]+)=\"([^\"]*)\"");

    private AllowlistWriters() {}

    /** The storage renderer as production builds it ({@link HtmlAllowlist#PAGE_CONTENT}). */
    static String storage(String storageFormat) {
        MeetingPage page = Fixtures.page("p", storageFormat, UserDirectory.empty());
        return new StorageHtmlRenderer(context(), page, (macro, agenda) -> SafeHtml.EMPTY)
                .renderContent(page.root(), Fixtures.SERVER_ZONE)
                .toString();
    }

    /** The storage renderer following the given declaration. */
    static String storage(String storageFormat, HtmlAllowlist allowlist) {
        MeetingPage page = Fixtures.page("p", storageFormat, UserDirectory.empty());
        return new StorageHtmlRenderer(context(), page, (macro, agenda) -> SafeHtml.EMPTY, allowlist)
                .renderContent(page.root(), Fixtures.SERVER_ZONE)
                .toString();
    }

    /** What the host rendered, as production lets it into a page ({@link SafeHtml#fromHostRendering}). */
    static String host(String html) {
        return SafeHtml.fromHostRendering(html).toString();
    }

    /** The host's sanitizer built from the given declaration. */
    static String host(String html, HtmlAllowlist allowlist) {
        return new HostHtmlPolicy(allowlist).sanitize(html);
    }

    /** Whether the markup has a start tag of the element. */
    static boolean hasElement(String html, String element) {
        return startTag(html, element).isPresent();
    }

    /** The value of the attribute on the first start tag of the element, with character references decoded. */
    static Optional<String> attribute(String html, String element, String attribute) {
        Optional<String> tag = startTag(html, element);
        if (tag.isEmpty()) {
            return Optional.empty();
        }
        Matcher pair = ATTRIBUTE.matcher(tag.get());
        while (pair.find()) {
            if (pair.group(1).equals(attribute)) {
                return Optional.of(decode(pair.group(2)));
            }
        }
        return Optional.empty();
    }

    private static Optional<String> startTag(String html, String element) {
        Matcher tag = Pattern.compile("<" + element + "(\\s[^>]*)?/?>").matcher(html);
        return tag.find() ? Optional.of(tag.group()) : Optional.empty();
    }

    /** Decodes the character references both writers put in attribute values. */
    private static String decode(String value) {
        Matcher reference =
                Pattern.compile("&(#x?[0-9a-fA-F]+|amp|lt|gt|quot|apos);").matcher(value);
        StringBuilder decoded = new StringBuilder();
        while (reference.find()) {
            String name = reference.group(1);
            String character = switch (name) {
                case "amp" -> "&";
                case "lt" -> "<";
                case "gt" -> ">";
                case "quot" -> "\"";
                case "apos" -> "'";
                default ->
                    Character.toString(
                            name.startsWith("#x")
                                    ? Integer.parseInt(name.substring(2), 16)
                                    : Integer.parseInt(name.substring(1)));
            };
            reference.appendReplacement(decoded, Matcher.quoteReplacement(character));
        }
        return reference.appendTail(decoded).toString();
    }

    private static RenderContext context() {
        return RenderTestSupport.context(UserDirectory.empty(), NOW);
    }
}
