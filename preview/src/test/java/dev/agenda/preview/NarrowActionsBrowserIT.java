package dev.agenda.preview;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import java.util.Map;
import org.junit.Rule;
import org.junit.Test;
import org.junit.rules.RuleChain;
import org.junit.rules.TemporaryFolder;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * The actions of an agenda at 320 px, where they are cards without column headers: each card still says which
 * value is the Due date and which the Topic, and an overdue date says "overdue" in words, not only in red.
 */
public class NarrowActionsBrowserIT {

    private static final String PAGE = "<ac:structured-macro ac:name=\"agenda\"><ac:parameter ac:name=\"date\">"
            + "2017-11-02</ac:parameter><ac:rich-text-body><table><tbody>"
            + "<tr><th>Time</th><th>Topic</th><th>Notes</th></tr>"
            + "<tr><td>09:00</td><td>Budget</td><td><ac:task-list><ac:task><ac:task-id>1</ac:task-id>"
            + "<ac:task-status>incomplete</ac:task-status><ac:task-body>Send the slides "
            + "<time datetime=\"2017-11-10\" /></ac:task-body></ac:task></ac:task-list></td></tr>"
            + "<tr><td>10:00</td><td>Close</td><td></td></tr>"
            + "</tbody></table></ac:rich-text-body></ac:structured-macro>";

    private final TemporaryFolder folder = new TemporaryFolder();
    private final PreviewFixture preview = new PreviewFixture(folder);
    private final Browser browser = new Browser(320, 900);

    @Rule
    public final RuleChain rules = RuleChain.outerRule(folder).around(preview).around(browser);

    @Test
    public void anActionCardLabelsItsDueDateAndTopicAndSaysOverdueInWords() {
        String url = preview.addPage("68000.xml", PAGE);
        // Chromium keeps a window at least 500 px wide; the viewport itself is made 320 px, as a phone's is.
        browser.driver.executeCdpCommand(
                "Emulation.setDeviceMetricsOverride",
                Map.of("width", 320, "height", 900, "deviceScaleFactor", 1, "mobile", false));
        browser.open(url);
        browser.until(driver -> !driver.findElements(By.cssSelector("table.agenda-actions-table tbody tr"))
                .isEmpty());

        WebElement card = browser.find("table.agenda-actions-table tbody tr");
        assertEquals("Due: ", labelOf(card.findElement(By.cssSelector("td[data-label='Due']"))));
        assertEquals("Topic: ", labelOf(card.findElement(By.cssSelector("td[data-label='Topic']"))));
        String due = card.findElement(By.cssSelector("td[data-label='Due']")).getText();
        assertTrue("the overdue date says so in words: " + due, due.contains("overdue"));
        assertEquals(
                "the label and its value are on the card",
                Boolean.TRUE,
                browser.driver.executeScript("const td = document.querySelector("
                        + "'table.agenda-actions-table td[data-label=Due]');"
                        + "const r = td.getBoundingClientRect();"
                        + "return r.width > 0 && r.right <= window.innerWidth"
                        + " && document.documentElement.scrollWidth <= window.innerWidth;"));
        browser.screenshot("NarrowActionsBrowserIT-320");
    }

    /** What the card shows before a cell's value, in place of the hidden column header. */
    private String labelOf(WebElement cell) {
        String content = (String)
                browser.driver.executeScript("return getComputedStyle(arguments[0], '::before').content;", cell);
        return content.replaceAll("^\"|\"$", "");
    }
}
