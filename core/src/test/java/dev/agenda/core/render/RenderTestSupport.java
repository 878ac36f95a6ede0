package dev.agenda.core.render;

import static org.junit.Assert.assertEquals;

import dev.agenda.core.Fixtures;
import dev.agenda.core.page.MeetingPage;
import dev.agenda.core.users.UserDirectory;
import java.time.Instant;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;

/**
 * Renders pages for tests, with one shared set of templates, and reads what was rendered as a browser would: the
 * tests assert on the parsed elements, attributes and text, so markup that merely looks right as a string cannot pass.
 */
final class RenderTestSupport {

    static final Templates TEMPLATES = new Templates();

    private RenderTestSupport() {}

    static RenderContext context(UserDirectory users, Instant now) {
        return new RenderContext(
                users,
                IssueLinks.jiraAt("https://jira.example.org/"),
                HostContentRenderer.none(),
                now,
                Fixtures.SERVER_ZONE);
    }

    static String document(MeetingPage page, UserDirectory users, Instant now) {
        return new PageRenderer(TEMPLATES).renderDocument(page, context(users, now), "test.xml");
    }

    static String document(String storage, UserDirectory users) {
        return document(Fixtures.page("p", storage, users), users, Instant.parse("2017-11-02T17:00:00Z"));
    }

    /** Parses with an HTML5 parser, which builds the tree a browser would, so stray markup shows up as elements. */
    static Document parse(String html) {
        return Jsoup.parse(html);
    }

    /** The page's content: the one {@code <main>} element, without the document's head, styles and footer. */
    static Element main(Document document) {
        return only(document, "main");
    }

    /** The one element {@code cssQuery} selects under {@code root}; fails, saying how many there were, otherwise. */
    static Element only(Element root, String cssQuery) {
        Elements found = root.select(cssQuery);
        assertEquals("elements matching " + cssQuery + ": " + found.outerHtml(), 1, found.size());
        return found.first();
    }

    /** The one element under {@code root} whose attribute {@code name} is exactly {@code value} (no CSS escaping). */
    static Element onlyWith(Element root, String name, String value) {
        Elements found = root.getElementsByAttributeValue(name, value);
        assertEquals("elements with " + name + "=\"" + value + "\"", 1, found.size());
        return found.first();
    }

    static int count(Element root, String cssQuery) {
        return root.select(cssQuery).size();
    }

    /** Fails, showing what was found, when anything under {@code root} (or root itself) matches {@code cssQuery}. */
    static void assertNone(Element root, String cssQuery) {
        Elements found = root.select(cssQuery);
        assertEquals("elements matching " + cssQuery + ": " + found.outerHtml(), 0, found.size());
    }

    static void assertNoScriptElements(Element root) {
        assertNone(root, "script");
    }

    /** No element carries an event handler attribute (onclick, onerror, ...): {@code [^on]} is "a name starting on". */
    static void assertNoEventHandlerAttributes(Element root) {
        assertNone(root, "[^on]");
    }

    /** The names of an element's attributes, in document order, to say that nothing else was copied onto it. */
    static List<String> attributeNames(Element element) {
        return element.attributes().asList().stream().map(Attribute::getKey).toList();
    }
}
