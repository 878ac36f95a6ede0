package dev.agenda.preview;

import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import org.junit.Rule;
import org.junit.Test;
import org.junit.rules.RuleChain;
import org.junit.rules.TemporaryFolder;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * A task written outside every agenda (a weekly's "Parking lot" list after the agenda), in headless Chromium: it ticks
 * as a task inside an agenda does, says so beside the task, is written into the page file, and is still ticked after
 * a reload — as Confluence's own task lists behave.
 */
public class ParkingLotBrowserIT {

    private final TemporaryFolder folder = new TemporaryFolder();
    private final PreviewFixture preview = new PreviewFixture(folder);
    private final Browser browser = new Browser(1280, 1200);

    @Rule
    public final RuleChain rules = RuleChain.outerRule(folder).around(preview).around(browser);

    @Test
    public void aTaskAfterTheAgendaTicksSaysSoIsWrittenToThePageAndStaysTickedAfterAReload() {
        String url = preview.addPage(
                "weekly.xml",
                "<h1>Weekly</h1><ac:structured-macro ac:name=\"agenda\">"
                        + "<ac:parameter ac:name=\"date\">2017-11-02</ac:parameter>"
                        + "<ac:parameter ac:name=\"project\">DM</ac:parameter><ac:rich-text-body><table><tbody>"
                        + "<tr><th>Time</th><th>Topic</th><th>Notes</th></tr>"
                        + "<tr><td>09:00</td><td>News</td><td><ac:task-list>"
                        + task("1", "womullane", "send the minutes") + "</ac:task-list></td></tr>"
                        + "</tbody></table></ac:rich-text-body></ac:structured-macro>"
                        + "<h2>Parking lot</h2><ac:task-list>" + task("2", "swinbank", "book the room")
                        + "</ac:task-list>");
        String actionId = preview.pageId("weekly.xml") + "/2";

        browser.open(url);
        WebElement box = parkingLotBox(actionId);
        assertFalse(box.isSelected());
        box.click();

        String said = browser.until(driver -> {
            String text = box.findElement(By.xpath("ancestor::li[1]")).getText();
            return text.contains("Ticked") ? text : null;
        });
        assertTrue(said, said.contains("Book the room"));
        assertTrue(
                "the page file records the tick",
                preview.read("weekly.xml").contains("<ac:task-id>2</ac:task-id><ac:task-status>complete"));
        assertTrue(
                "the task inside the agenda is untouched",
                preview.read("weekly.xml").contains("<ac:task-id>1</ac:task-id><ac:task-status>incomplete"));

        browser.open(url);
        assertTrue("still ticked after a reload", parkingLotBox(actionId).isSelected());
        browser.fitPage();
        browser.screenshot("ParkingLotBrowserIT");
    }

    /** The box of the task outside the agenda, once the page script is ready to take its tick. */
    private WebElement parkingLotBox(String actionId) {
        browser.until(driver -> !driver.findElements(By.cssSelector("section.agenda[data-statuses-loaded]"))
                .isEmpty());
        return browser.until(driver -> driver.findElements(By.cssSelector("main > ul .agenda-task-box")).stream()
                .filter(element -> actionId.equals(element.getAttribute("data-action-id")))
                .findFirst()
                .orElse(null));
    }

    private static String task(String id, String username, String text) {
        return "<ac:task><ac:task-id>" + id + "</ac:task-id><ac:task-status>incomplete</ac:task-status><ac:task-body>"
                + "<ac:link><ri:user ri:username=\"" + username + "\" /></ac:link> to " + text
                + "</ac:task-body></ac:task>";
    }
}
