package dev.agenda.core.render;

import static dev.agenda.core.Fixtures.agenda;
import static dev.agenda.core.Fixtures.parameter;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import dev.agenda.core.users.InMemoryUserDirectory;
import dev.agenda.core.users.User;
import dev.agenda.core.users.UserDirectory;
import java.util.List;
import org.junit.Test;

public class SafeRenderingTest {

    private static String render(String storage) {
        return RenderTestSupport.document(storage, UserDirectory.empty());
    }

    private static String body(String html) {
        return html.substring(html.indexOf("<main"), html.indexOf("</main>"));
    }

    @Test
    public void scriptTextInATopicIsShownAsText() {
        String html = body(render(agenda("", "<tr><td>9:00</td><td>&lt;script&gt;alert(1)&lt;/script&gt;</td>"
                + "<td></td><td></td></tr>")));

        assertTrue(html.contains("&lt;script&gt;alert(1)&lt;/script&gt;"));
        assertFalse(html.contains("<script"));
    }

    @Test
    public void scriptAndStyleElementsAreDroppedAndOtherUnknownElementsKeepTheirText() {
        String html = body(render("<p>a<script>alert(1)</script><style>p{}</style><iframe src=\"x\">f</iframe>"
                + "<marquee>kept</marquee></p>"));

        assertFalse(html.contains("alert(1)"));
        assertFalse(html.contains("<iframe"));
        assertFalse(html.contains("<marquee"));
        assertTrue(html.contains("<p>akept</p>"));
    }

    @Test
    public void eventHandlersStylesAndClassesAreNotCopied() {
        String html = body(render("<p onclick=\"alert(1)\" style=\"color:red\" class=\"x\">t"
                + "<strong onmouseover=\"x()\">b</strong></p>"));

        assertTrue(html.contains("<p>t<strong>b</strong></p>"));
        assertFalse(html.contains("onclick"));
        assertFalse(html.contains("onmouseover"));
    }

    @Test
    public void onlyWebAndMailLinksAreLinks() {
        String html = body(render("<p><a href=\"javascript:alert(1)\">js</a> <a href=\" JaVa\tScRiPt:x\">js2</a> "
                + "<a href=\"data:text/html,x\">data</a> <a href=\"https://example.org/a?b=1&amp;c=2\">web</a> "
                + "<a href=\"mailto:a@example.org\">mail</a> <a href=\"/wiki/x\">rel</a></p>"));

        assertFalse(html.contains("javascript"));
        assertFalse(html.toLowerCase().contains("script:"));
        assertFalse(html.contains("data:text"));
        assertTrue(html.contains("<a href=\"https://example.org/a?b=1&amp;c=2\" rel=\"nofollow noopener noreferrer\">web</a>"));
        assertTrue(html.contains("<a href=\"mailto:a@example.org\""));
        assertTrue(html.contains("<a href=\"/wiki/x\""));
        assertTrue("refused links keep their text", html.contains("<p>js js2 data <a"));
    }

    @Test
    public void userNamesAndParametersAreEscaped() {
        UserDirectory users = new InMemoryUserDirectory(List.of(User.named("evil", "<img src=x onerror=alert(1)>")));
        String html = body(RenderTestSupport.document(agenda(parameter("title", "&lt;b&gt;Day&lt;/b&gt;"),
                "<tr><td>9:00</td><td>t</td><td><ac:link><ri:user ri:username=\"evil\" /></ac:link></td><td></td></tr>"),
                users));

        assertTrue(html.contains("&lt;img src=x onerror=alert(1)&gt;"));
        assertTrue(html.contains("<h3 class=\"agenda-title\">&lt;b&gt;Day&lt;/b&gt;</h3>"));
        assertFalse(html.contains("<img"));
    }

    @Test
    public void unknownMacrosShowTheirNameAndBodyAndCommonOnesRenderNatively() {
        String html = body(render("<ac:structured-macro ac:name=\"status\"><ac:parameter ac:name=\"title\">Done"
                + "</ac:parameter><ac:parameter ac:name=\"colour\">Green</ac:parameter></ac:structured-macro>"
                + "<ac:structured-macro ac:name=\"roadmap\"><ac:rich-text-body><p>inside</p></ac:rich-text-body>"
                + "</ac:structured-macro>"));

        assertTrue(html.contains("<span class=\"aui-lozenge aui-lozenge-success\">Done</span>"));
        assertTrue(html.contains(">roadmap</span>"));
        assertTrue(html.contains("<p>inside</p>"));
    }

    @Test
    public void aBadJiraKeyIsShownInPlace() {
        String html = body(render("<p><ac:structured-macro ac:name=\"jira\"><ac:parameter ac:name=\"key\">nope"
                + "</ac:parameter></ac:structured-macro></p>"));

        assertTrue(html.contains("‘nope’ is not a Jira issue key"));
    }

    @Test
    public void warningsAreShownWhereTheProblemIs() {
        String html = body(render(agenda(parameter("date", "someday"), "<tr><td>TBD</td><td>A</td><td></td><td></td></tr>"
                + "<tr><td>10:00</td><td>B</td><td></td><td></td></tr>")));

        assertTrue(html.contains("<li>The date ‘someday’ is not a date; write it as YYYY-MM-DD, e.g. 2017-11-02.</li>"));
        assertTrue(html.contains("<span class=\"agenda-inline-warning\">‘TBD’ is not a time;"));
        assertTrue(html.contains(">TBD\n"));
    }

    @Test
    public void anOverdueOpenActionIsMarked() {
        String html = body(render("<ac:task-list><ac:task><ac:task-id>1</ac:task-id><ac:task-status>incomplete"
                + "</ac:task-status><ac:task-body>x <time datetime=\"2017-01-01\" /></ac:task-body></ac:task>"
                + "<ac:task><ac:task-id>2</ac:task-id><ac:task-status>complete</ac:task-status><ac:task-body>y "
                + "<time datetime=\"2017-01-01\" /></ac:task-body></ac:task></ac:task-list>"));

        assertTrue(html.contains("class=\"agenda-date agenda-date--overdue\""));
        assertTrue(html.indexOf("agenda-date--overdue") == html.lastIndexOf("agenda-date--overdue"));
    }
}
