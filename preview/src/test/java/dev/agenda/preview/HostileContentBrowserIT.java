package dev.agenda.preview;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import dev.agenda.core.tracker.Description;
import dev.agenda.core.tracker.NewIssue;
import dev.agenda.jira.fake.FakeJira;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.Rule;
import org.junit.Test;
import org.junit.rules.RuleChain;
import org.junit.rules.TemporaryFolder;
import org.openqa.selenium.By;
import org.openqa.selenium.NoAlertPresentException;

/**
 * Script-injection vectors (the OWASP XSS cheat sheet's classes: script elements, event handlers, {@code javascript:}
 * and {@code data:} URLs, {@code <style>}, {@code <iframe>}, SVG, broken markup, encoded variants) in a page's topics
 * and notes, in a user's name and in a Jira summary, rendered by the preview host in headless Chromium: no script
 * runs, and the text still shows the characters people typed.
 */
public class HostileContentBrowserIT {

    /** Every vector calls this; a page that ran any of them would have set it. */
    private static final String PROBE = "window.__xss=1";

    private final TemporaryFolder folder = new TemporaryFolder();
    private final PreviewFixture preview =
            new PreviewFixture(folder, "mallory,\"<img src=x onerror=" + PROBE + ">Mallory\",m@example.org,mallory\n");
    private final Browser browser = new Browser(1280, 1400);

    @Rule
    public final RuleChain rules = RuleChain.outerRule(folder).around(preview).around(browser);

    @Test
    public void noVectorRunsAndTheirCharactersAreStillShown() throws IOException {
        String summary = "<img src=x onerror=" + PROBE + ">\"'&<b>";
        String key = FakeJira.dataCenter(preview.jira.world(), "womullane")
                .createIssue(new NewIssue(
                        "DM",
                        "Task",
                        summary,
                        Description.of(),
                        Optional.empty(),
                        Optional.empty(),
                        List.of(),
                        Map.of()))
                .value()
                .key();
        String url = preview.addPage(
                "66000.xml",
                "<h1>Hostile <script>" + PROBE + "</script></h1>"
                        + "<ac:structured-macro ac:name=\"agenda\"><ac:parameter ac:name=\"title\">&lt;svg onload="
                        + PROBE + "&gt;</ac:parameter><ac:rich-text-body><table><tbody>"
                        + "<tr><th>Time</th><th>Topic</th><th>Chair</th><th>Notes</th></tr>"
                        + "<tr><td>09:00</td><td>&lt;script&gt;" + PROBE + "&lt;/script&gt;</td>"
                        + "<td><ac:link><ri:user ri:username=\"mallory\" /></ac:link></td><td>"
                        + "<script>" + PROBE + "</script>"
                        + "<p><img src=\"x\" onerror=\"" + PROBE + "\" />image</p>"
                        + "<p><a href=\"javascript:" + PROBE + "\">js link</a> <a href=\"JaVaScRiPt:" + PROBE
                        + "\">mixed</a>"
                        + " <a href=\"&#106;avascript:" + PROBE + "\">encoded</a>"
                        + " <a href=\"data:text/html,&lt;script&gt;" + PROBE + "&lt;/script&gt;\">data link</a></p>"
                        + "<iframe src=\"javascript:" + PROBE + "\"></iframe>"
                        + "<style>body{background:url(javascript:" + PROBE + ")}</style>"
                        + "<svg onload=\"" + PROBE + "\"><circle r=\"1\" /></svg>"
                        + "<p><b onmouseover=\"" + PROBE + "\">bold</b></p>"
                        + "<p>" + jiraMacro(key) + "</p>"
                        + "<ac:task-list><ac:task><ac:task-id>1</ac:task-id><ac:task-status>incomplete</ac:task-status>"
                        + "<ac:task-body>&lt;img src=x onerror=" + PROBE + "&gt; follow up</ac:task-body></ac:task>"
                        + "</ac:task-list></td></tr>"
                        + "<tr><td>09:30</td><td>Close</td><td></td><td></td></tr></tbody></table></ac:rich-text-body>"
                        + "</ac:structured-macro>");

        browser.open(url);
        browser.until(driver -> !driver.findElements(By.cssSelector("section.agenda[data-statuses-loaded]"))
                .isEmpty());
        browser.driver.findElement(By.cssSelector("td.agenda-notes b")).click();

        assertFalse("an alert opened", alertIsOpen());
        assertEquals(
                "no vector ran",
                null,
                browser.driver.executeScript("return window.__xss === undefined ? null " + ": window.__xss;"));
        assertTrue(browser.driver
                .findElements(By.cssSelector("section.agenda script, section.agenda iframe, "
                        + "section.agenda style, section.agenda svg, section.agenda [onerror], section.agenda "
                        + "[onload], "
                        + "section.agenda [onmouseover], section.agenda a[href^='javascript'], "
                        + "section.agenda a[href^='data']"))
                .isEmpty());
        String text = browser.find("section.agenda").getText();
        assertTrue("a topic keeps its characters", text.contains("<script>" + PROBE + "</script>"));
        assertTrue("the title keeps its characters", text.contains("<svg onload=" + PROBE + ">"));
        assertTrue("a user's name keeps its characters", text.contains("<img src=x onerror=" + PROBE + ">Mallory"));
        assertTrue("a task keeps its characters", text.contains("<img src=x onerror=" + PROBE + "> follow up"));
        browser.until(driver -> browser.find("[data-issue-key='" + key + "'] .agenda-issue-summary")
                .getText()
                .equals(summary));
        browser.fitPage();
        browser.screenshot("HostileContentBrowserIT");
    }

    private boolean alertIsOpen() {
        try {
            browser.driver.switchTo().alert();
            return true;
        } catch (NoAlertPresentException e) {
            return false;
        }
    }

    private static String jiraMacro(String key) {
        return "<ac:structured-macro ac:name=\"jira\"><ac:parameter ac:name=\"key\">" + key
                + "</ac:parameter></ac:structured-macro>";
    }
}
