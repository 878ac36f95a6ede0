package dev.agenda.preview;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import java.time.Duration;
import java.util.List;
import java.util.function.Function;
import org.junit.Rule;
import org.junit.Test;
import org.junit.rules.RuleChain;
import org.junit.rules.TemporaryFolder;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * With the demo Jira slowed to 1,500 ms a request, in headless Chromium: a tick is saved on the page at once and says
 * so ("Saved on the page · Updating Jira…") before Jira answers, then says what Jira did — or, when Jira fails, that
 * Jira was not changed, the tick staying on the page; a tick during a sync says it waits for the sync; and the sync's
 * progress shows a count while issues are still being created. Waits for states, never for times.
 */
public class SlowJiraBrowserIT {

    private static final String PAGE = "slow.xml";
    private static final int ACTIONS = 6;
    /** A slow Jira's sync of a few actions takes tens of seconds: a bound on waiting, not an expectation. */
    private static final Duration SLOW_JIRA_PATIENCE = Duration.ofSeconds(90);

    private final TemporaryFolder folder = new TemporaryFolder();
    private final PreviewFixture preview = new PreviewFixture(folder);
    private final Browser browser = new Browser(1280, 1400);

    @Rule
    public final RuleChain rules = RuleChain.outerRule(folder).around(preview).around(browser);

    @Test
    public void aTickIsSavedAndSaysSoBeforeJiraAnswersThenSaysWhatJiraDidOrThatJiraWasNotChanged() {
        String url = preview.addPage(PAGE, page());
        long pageId = preview.pageId(PAGE);
        browser.open(url);
        waitForStatuses();
        browser.syncAndConfirm(browser.find("section.agenda"));
        slowly(driver -> liveText().startsWith("Synced with Jira") ? true : null);
        preview.jira.faults().latency(Duration.ofMillis(1500));

        box(pageId + "/1").click();

        slowly(driver -> liveText().equals("Saved on the page · Updating Jira…") ? true : null);
        assertTrue("the box is ticked at once", box(pageId + "/1").isSelected());
        assertTrue("the page file holds the tick before Jira answered", fileSays("1", "complete"));
        assertEquals(
                "the row says it too",
                "Saved on the page · Updating Jira…",
                row(pageId + "/1")
                        .findElement(By.cssSelector(".agenda-tick-said"))
                        .getText());
        String moved = slowly(driver -> liveText().contains("moved to Done") ? liveText() : null);
        assertTrue(moved, moved.startsWith("Ticked “"));
        browser.screenshot("SlowJiraBrowserIT-ticked");

        preview.jira.faults().errorRate(1.0);
        box(pageId + "/2").click();

        slowly(driver -> liveText().equals("Saved on the page · Updating Jira…") ? true : null);
        assertTrue("the page file holds the tick", fileSays("2", "complete"));
        String failed = slowly(driver -> liveText().contains("Jira was not changed") ? liveText() : null);
        assertTrue(
                "the box stays ticked although Jira failed", box(pageId + "/2").isSelected());
        assertTrue("the file still holds the tick: " + failed, fileSays("2", "complete"));
        browser.screenshot("SlowJiraBrowserIT-jira-failed");

        preview.jira.faults().clear();
        browser.open(url);
        waitForStatuses();
        assertTrue("still ticked after a reload", box(pageId + "/2").isSelected());
    }

    @Test
    public void theSyncCountsActionsWhileIssuesAreStillBeingCreatedAndATickMeanwhileSaysItWaitsForTheSync() {
        String url = preview.addPage(PAGE, page() + laterAgenda());
        long pageId = preview.pageId(PAGE);
        browser.open(url);
        waitForStatuses();
        List<WebElement> agendas = browser.driver.findElements(By.cssSelector("section.agenda"));
        browser.syncAndConfirm(agendas.get(1));
        slowly(driver -> liveText(agendas.get(1)).startsWith("Synced with Jira") ? true : null);
        int linksBefore = preview.jira.requestsMatching("POST .*/remotelink");
        preview.jira.faults().latency(Duration.ofMillis(1500));

        browser.syncAndConfirm(agendas.get(0));

        // The count a sighted user reads beside the bar (getText is empty for what is not shown).
        String count = slowly(driver -> agendas.get(0).findElements(By.cssSelector(".agenda-progress-count")).stream()
                .map(WebElement::getText)
                .filter(text -> text.matches("\\d+ of " + ACTIONS))
                .findFirst()
                .orElse(null));
        int linkedBack = preview.jira.requestsMatching("POST .*/remotelink") - linksBefore;
        assertTrue(
                "the bar showed '" + count + "' while issues were still being created and linked back (" + linkedBack
                        + " of " + ACTIONS + " links sent)",
                linkedBack < ACTIONS);

        String later = pageId + "/" + (ACTIONS + 1);
        box(later).click();

        slowly(driver -> rowSaid(later).equals("Saved on the page · Updating Jira after the sync…") ? true : null);
        assertTrue("the page file holds the tick", fileSays(String.valueOf(ACTIONS + 1), "complete"));
        browser.screenshot("SlowJiraBrowserIT-during-sync");
        String said = slowly(driver -> rowSaid(later).startsWith("Saved on the page ·") ? null : rowSaid(later));
        assertTrue("ticked, whatever Jira said: " + said, box(later).isSelected());
    }

    private <T> T slowly(Function<WebDriver, T> condition) {
        return new WebDriverWait(browser.driver, SLOW_JIRA_PATIENCE)
                .pollingEvery(Duration.ofMillis(50))
                .until(condition);
    }

    private void waitForStatuses() {
        slowly(driver -> driver.findElements(By.cssSelector("section.agenda[data-statuses-loaded]"))
                        .isEmpty()
                ? null
                : true);
    }

    private String liveText() {
        return browser.find(".agenda-live-region").getText();
    }

    private static String liveText(WebElement agenda) {
        return agenda.findElement(By.cssSelector(".agenda-live-region")).getText();
    }

    private WebElement row(String actionId) {
        return browser.driver.findElements(By.cssSelector("tr[data-action-id]")).stream()
                .filter(element -> actionId.equals(element.getAttribute("data-action-id")))
                .findFirst()
                .orElseThrow();
    }

    private WebElement box(String actionId) {
        return row(actionId).findElement(By.cssSelector(".agenda-tick"));
    }

    private String rowSaid(String actionId) {
        return row(actionId).findElements(By.cssSelector(".agenda-tick-said")).stream()
                .map(WebElement::getText)
                .findFirst()
                .orElse("");
    }

    private boolean fileSays(String taskId, String status) {
        return preview.read(PAGE)
                .contains("<ac:task-id>" + taskId + "</ac:task-id><ac:task-status>" + status + "</ac:task-status>");
    }

    /** A second agenda on the page, with one action, synced on its own. */
    private static String laterAgenda() {
        return "<ac:structured-macro ac:name=\"agenda\">"
                + "<ac:parameter ac:name=\"date\">2017-11-09</ac:parameter>"
                + "<ac:parameter ac:name=\"project\">DM</ac:parameter><ac:rich-text-body><table><tbody>"
                + "<tr><th>Time</th><th>Topic</th><th>Notes</th></tr>"
                + "<tr><td>09:00</td><td>Later</td><td><ac:task-list><ac:task><ac:task-id>" + (ACTIONS + 1)
                + "</ac:task-id><ac:task-status>incomplete</ac:task-status><ac:task-body><ac:link>"
                + "<ri:user ri:username=\"womullane\" /></ac:link> to review the plan</ac:task-body></ac:task>"
                + "</ac:task-list></td></tr></tbody></table></ac:rich-text-body></ac:structured-macro>";
    }

    private static String page() {
        StringBuilder tasks = new StringBuilder();
        String[] people = {"womullane", "swinbank", "womullane", "swinbank", "womullane", "swinbank"};
        for (int i = 1; i <= ACTIONS; i++) {
            tasks.append("<ac:task><ac:task-id>")
                    .append(i)
                    .append("</ac:task-id><ac:task-status>incomplete</ac:task-status><ac:task-body><ac:link>")
                    .append("<ri:user ri:username=\"")
                    .append(people[i - 1])
                    .append("\" /></ac:link> to write part ")
                    .append(i)
                    .append(" of the plan</ac:task-body></ac:task>");
        }
        return "<h1>Weekly</h1><ac:structured-macro ac:name=\"agenda\">"
                + "<ac:parameter ac:name=\"date\">2017-11-02</ac:parameter>"
                + "<ac:parameter ac:name=\"project\">DM</ac:parameter><ac:rich-text-body><table><tbody>"
                + "<tr><th>Time</th><th>Topic</th><th>Notes</th></tr>"
                + "<tr><td>09:00</td><td>Plan</td><td><ac:task-list>" + tasks + "</ac:task-list></td></tr>"
                + "</tbody></table></ac:rich-text-body></ac:structured-macro>";
    }
}
