package dev.agenda.core.render;

import static dev.agenda.core.Fixtures.agenda;
import static dev.agenda.core.Fixtures.parameter;
import static dev.agenda.core.render.RenderTestSupport.assertNoEventHandlerAttributes;
import static dev.agenda.core.render.RenderTestSupport.assertNoScriptElements;
import static dev.agenda.core.render.RenderTestSupport.assertNone;
import static dev.agenda.core.render.RenderTestSupport.attributeNames;
import static dev.agenda.core.render.RenderTestSupport.main;
import static dev.agenda.core.render.RenderTestSupport.only;
import static dev.agenda.core.render.RenderTestSupport.onlyWith;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import dev.agenda.core.users.InMemoryUserDirectory;
import dev.agenda.core.users.User;
import dev.agenda.core.users.UserDirectory;
import java.util.List;
import java.util.Set;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;
import org.junit.Test;

public class SafeRenderingTest {

    private static String source(String storage) {
        return RenderTestSupport.document(storage, UserDirectory.empty());
    }

    private static Document render(String storage) {
        return RenderTestSupport.parse(source(storage));
    }

    @Test
    public void scriptTextInATopicIsShownAsText() {
        Document page = render(agenda(
                "", "<tr><td>9:00</td><td>&lt;script&gt;alert(1)&lt;/script&gt;</td>" + "<td></td><td></td></tr>"));

        Element topic = only(main(page), "td.agenda-topic");
        assertEquals("<script>alert(1)</script>", topic.text());
        assertEquals("the text made no element", 0, topic.childrenSize());
        assertNoScriptElements(page);
    }

    @Test
    public void scriptAndStyleElementsAreDroppedAndOtherUnknownElementsKeepTheirText() {
        Document page = render("<p>a<script>alert(1)</script><style>p{}</style><iframe src=\"x\">f</iframe>"
                + "<marquee>kept</marquee></p>");

        Element content = main(page);
        assertNone(content, "script, style, iframe, marquee");
        Element paragraph = only(content, "p");
        assertEquals("akept", paragraph.text());
        assertEquals(0, paragraph.childrenSize());
        assertEquals("no script, style or frame text is left anywhere", "akept", content.text());
        assertNoScriptElements(page);
    }

    @Test
    public void eventHandlersStylesAndClassesAreNotCopied() {
        Document page = render("<p onclick=\"alert(1)\" style=\"color:red\" class=\"x\">t"
                + "<strong onmouseover=\"x()\">b</strong></p>");

        Element paragraph = only(main(page), "p");
        Element strong = only(paragraph, "strong");
        assertEquals("t", paragraph.ownText());
        assertEquals("b", strong.text());
        assertEquals(List.of(), attributeNames(paragraph));
        assertEquals(List.of(), attributeNames(strong));
        assertNoEventHandlerAttributes(page);
    }

    @Test
    public void onlyWebAndMailLinksAreLinks() {
        String html = source("<p><a href=\"javascript:alert(1)\">js</a> <a href=\" JaVa\tScRiPt:x\">js2</a> "
                + "<a href=\"data:text/html,x\">data</a> <a href=\"https://example.org/a?b=1&amp;c=2\">web</a> "
                + "<a href=\"mailto:a@example.org\">mail</a> <a href=\"/wiki/x\">rel</a></p>");

        Element paragraph = only(main(RenderTestSupport.parse(html)), "p");
        Elements links = paragraph.children();
        assertEquals("refused links keep their text", "js js2 data web mail rel", paragraph.text());
        assertEquals(
                "the paragraph holds nothing but links",
                List.of("a", "a", "a"),
                links.stream().map(Element::tagName).toList());
        assertEquals(
                List.of("https://example.org/a?b=1&c=2", "mailto:a@example.org", "/wiki/x"), links.eachAttr("href"));
        assertEquals(List.of("web", "mail", "rel"), links.eachText());
        for (Element link : links) {
            assertEquals("nothing but the checked link and its rel", List.of("href", "rel"), attributeNames(link));
            assertEquals("nofollow noopener noreferrer", link.attr("rel"));
        }
        // Raw on purpose: a parser reads a bare "&c" in an attribute as "&c", so only the source shows the escape.
        assertTrue(html.contains("href=\"https://example.org/a?b=1&amp;c=2\""));
    }

    @Test
    public void userNamesAndParametersAreEscaped() {
        UserDirectory users = new InMemoryUserDirectory(List.of(User.named("evil", "<img src=x onerror=alert(1)>")));
        Document page = RenderTestSupport.parse(RenderTestSupport.document(
                agenda(
                        parameter("title", "&lt;b&gt;Day&lt;/b&gt;"),
                        "<tr><td>9:00</td><td>t</td><td><ac:link><ri:user ri:username=\"evil\" />"
                                + "</ac:link></td><td></td></tr>"),
                users));

        Element content = main(page);
        Element name = only(content, ".agenda-person-name");
        assertEquals("<img src=x onerror=alert(1)>", name.text());
        assertEquals(0, name.childrenSize());
        Element title = only(content, "h3.agenda-title");
        assertEquals("<b>Day</b>", title.text());
        assertEquals(0, title.childrenSize());
        assertNone(content, "img, b");
        assertNoEventHandlerAttributes(page);
    }

    @Test
    public void unknownMacrosShowTheirNameAndBodyAndCommonOnesRenderNatively() {
        Element content = main(render("<ac:structured-macro ac:name=\"status\"><ac:parameter ac:name=\"title\">Done"
                + "</ac:parameter><ac:parameter ac:name=\"colour\">Green</ac:parameter></ac:structured-macro>"
                + "<ac:structured-macro ac:name=\"roadmap\"><ac:rich-text-body><p>inside</p></ac:rich-text-body>"
                + "</ac:structured-macro>"));

        Element lozenge = only(content, ".aui-lozenge");
        assertEquals("span", lozenge.tagName());
        assertEquals(Set.of("aui-lozenge", "aui-lozenge-success"), lozenge.classNames());
        assertEquals("Done", lozenge.text());
        assertEquals("roadmap", only(content, "span.agenda-macro-placeholder").text());
        assertEquals("inside", only(content, "p").text());
    }

    @Test
    public void aBadJiraKeyIsShownInPlace() {
        Element content = main(render("<p><ac:structured-macro ac:name=\"jira\"><ac:parameter ac:name=\"key\">nope"
                + "</ac:parameter></ac:structured-macro></p>"));

        Element warning = only(content, "p > .agenda-inline-warning");
        assertEquals("‘nope’ is not a Jira issue key (e.g. DM-123)", warning.text());
    }

    @Test
    public void warningsAreShownWhereTheProblemIs() {
        Element content = main(render(agenda(
                parameter("date", "someday"),
                "<tr><td>after lunch</td><td>A</td><td></td>"
                        + "<td></td></tr><tr><td>10:00</td><td>B</td><td></td><td></td></tr>")));

        assertEquals(
                List.of("The date ‘someday’ is not a date; write it as YYYY-MM-DD, e.g. 2017-11-02."),
                only(content, "section.agenda .agenda-warnings").select("li").eachText());
        Elements rows = content.select("tr.agenda-item");
        assertEquals(2, rows.size());
        Element unreadable = only(rows.get(0), "td.agenda-time");
        assertEquals("the time is shown as written", "after lunch", unreadable.ownText());
        assertTrue(only(unreadable, ".agenda-inline-warning").text().startsWith("‘after lunch’ is not a time;"));
        assertNone(rows.get(1), ".agenda-inline-warning");
    }

    @Test
    public void aTimeToBeDecidedIsShownInWordsWithoutAWarning() {
        Element content = main(render(agenda(
                parameter("date", "2017-11-02"),
                "<tr><td>09:00</td><td>A</td><td></td><td></td></tr>"
                        + "<tr><td>TBD</td><td>B</td><td></td><td></td></tr>"
                        + "<tr><td>10:00</td><td>C</td><td></td><td></td></tr>")));

        Element row = content.select("tr.agenda-item").get(1);
        assertTrue(row.hasClass("agenda-item--tbd"));
        assertFalse(row.hasClass("agenda-item--warning"));
        assertEquals("time to be decided", only(row, "td.agenda-time").text());
        assertNone(content, ".agenda-inline-warning");
        assertNone(content, ".agenda-warnings");
    }

    @Test
    public void anOverdueOpenActionIsMarked() {
        Element content = main(render("<ac:task-list><ac:task><ac:task-id>1</ac:task-id><ac:task-status>incomplete"
                + "</ac:task-status><ac:task-body>x <time datetime=\"2017-01-01\" /></ac:task-body></ac:task>"
                + "<ac:task><ac:task-id>2</ac:task-id><ac:task-status>complete</ac:task-status><ac:task-body>y "
                + "<time datetime=\"2017-01-01\" /></ac:task-body></ac:task></ac:task-list>"));

        Element open = only(onlyWith(content, "data-action-id", "p/1"), "time");
        assertEquals(Set.of("agenda-date", "agenda-date--overdue"), open.classNames());
        Element done = only(onlyWith(content, "data-action-id", "p/2"), "time");
        assertEquals("a done action is never overdue", Set.of("agenda-date"), done.classNames());
        assertEquals(1, content.select(".agenda-date--overdue").size());
    }
}
