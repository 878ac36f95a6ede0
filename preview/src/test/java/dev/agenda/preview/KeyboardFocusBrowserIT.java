package dev.agenda.preview;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import org.junit.Rule;
import org.junit.Test;
import org.junit.rules.RuleChain;
import org.junit.rules.TemporaryFolder;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;

/**
 * Keyboard only, in headless Chromium: after Space on a task's box, Enter on Sync and Enter on Refresh, the focus is
 * still on that control once the result is in (a control is never disabled while busy, which would drop the focus to
 * the page's body), and the result is announced in the agenda's live region ({@code role=status}).
 */
public class KeyboardFocusBrowserIT {

    private static final String PAGE = "keyboard.xml";

    private final TemporaryFolder folder = new TemporaryFolder();
    private final PreviewFixture preview = new PreviewFixture(folder);
    private final Browser browser = new Browser(1280, 1000);

    @Rule
    public final RuleChain rules = RuleChain.outerRule(folder).around(preview).around(browser);

    @Test
    public void spaceOnABoxAndEnterOnSyncAndRefreshKeepTheFocusOnTheControlAndAnnounceTheResult() {
        String url = preview.addPage(PAGE, page());
        long pageId = preview.pageId(PAGE);
        browser.open(url);
        browser.until(driver -> driver.findElements(By.cssSelector("section.agenda[data-statuses-loaded]"))
                        .isEmpty()
                ? null
                : true);
        WebElement region = browser.find(".agenda-live-region");
        assertEquals("status", region.getAttribute("role"));

        WebElement sync = browser.find(".agenda-sync-button");
        browser.syncAndConfirm(browser.find("section.agenda"));
        String synced =
                browser.until(driver -> region.getText().startsWith("Synced with Jira") ? region.getText() : null);
        assertTrue(synced, synced.contains("created 2"));
        assertFocusOn(sync, "Sync");
        assertEquals("no longer busy", null, sync.getAttribute("aria-disabled"));

        WebElement box = box(pageId + "/1");
        box.sendKeys(Keys.SPACE);
        String ticked = browser.until(driver -> region.getText().startsWith("Ticked") ? region.getText() : null);
        assertTrue(ticked, ticked.contains("moved to Done"));
        assertTrue("the box is ticked", box.isSelected());
        assertFocusOn(box, "the box");
        assertTrue(
                "the page file holds the tick",
                preview.read(PAGE).contains("<ac:task-id>1</ac:task-id><ac:task-status>complete</ac:task-status>"));

        WebElement refresh = browser.find(".agenda-refresh-button");
        refresh.sendKeys(Keys.ENTER);
        browser.until(driver -> region.getText().startsWith("Statuses refreshed") ? true : null);
        assertFocusOn(refresh, "Refresh");
        browser.screenshot("KeyboardFocusBrowserIT");
    }

    private void assertFocusOn(WebElement control, String what) {
        WebElement focused = browser.driver.switchTo().activeElement();
        assertTrue(
                "the focus stays on " + what + ", not on " + focused.getTagName() + " " + focused.getAttribute("class"),
                focused.equals(control));
    }

    private WebElement box(String actionId) {
        return browser.driver.findElements(By.cssSelector("tr[data-action-id] .agenda-tick")).stream()
                .filter(element -> actionId.equals(element.getAttribute("data-action-id")))
                .findFirst()
                .orElseThrow();
    }

    private static String page() {
        return "<h1>Weekly</h1><ac:structured-macro ac:name=\"agenda\">"
                + "<ac:parameter ac:name=\"date\">2017-11-02</ac:parameter>"
                + "<ac:parameter ac:name=\"project\">DM</ac:parameter><ac:rich-text-body><table><tbody>"
                + "<tr><th>Time</th><th>Topic</th><th>Notes</th></tr>"
                + "<tr><td>09:00</td><td>Plan</td><td><ac:task-list>" + task("1", "write the plan")
                + task("2", "review the plan") + "</ac:task-list></td></tr>"
                + "</tbody></table></ac:rich-text-body></ac:structured-macro>";
    }

    private static String task(String id, String text) {
        return "<ac:task><ac:task-id>" + id + "</ac:task-id><ac:task-status>incomplete</ac:task-status><ac:task-body>"
                + "<ac:link><ri:user ri:username=\"womullane\" /></ac:link> to " + text + "</ac:task-body></ac:task>";
    }
}
