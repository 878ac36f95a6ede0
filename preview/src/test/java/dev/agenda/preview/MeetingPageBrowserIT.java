package dev.agenda.preview;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import dev.agenda.core.tracker.IssueStatus;
import dev.agenda.core.tracker.StatusCategory;
import java.time.Duration;
import java.util.List;
import org.junit.Rule;
import org.junit.Test;
import org.junit.rules.RuleChain;
import org.junit.rules.TemporaryFolder;
import org.junit.rules.TestName;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;

/**
 * The reference meeting page in headless Chromium, served by the preview host with the fake Jira over HTTP: what
 * people see and touch. Each test saves a screenshot under target/screenshots.
 */
public class MeetingPageBrowserIT {

    private static final String ACTION_ROWS = "table.agenda-actions-table tr[data-action-id]";

    private final TemporaryFolder folder = new TemporaryFolder();
    private final PreviewFixture preview = new PreviewFixture(folder);
    private final Browser browser = new Browser(1280, 1600);
    private final TestName test = new TestName();

    @Rule
    public final RuleChain rules =
            RuleChain.outerRule(folder).around(preview).around(browser).around(test);

    @Test
    public void theReferencePageShows26RowsAnd11ActionsWithLiveStatusesOfItsReferences() {
        browser.open(preview.pageUrl(PreviewFixture.REFERENCE_PAGE));
        waitForStatuses();

        assertEquals(
                26,
                browser.driver
                        .findElements(By.cssSelector("table.agenda-table tr.agenda-item"))
                        .size());
        assertEquals(
                11, browser.driver.findElements(By.cssSelector(ACTION_ROWS)).size());
        assertEquals(
                "before a sync every action says so",
                11,
                browser.driver
                        .findElements(By.cssSelector("[data-not-in-jira-for]"))
                        .size());
        WebElement reference = referenceTo("DM-12813");
        assertEquals(
                "IN PROGRESS",
                reference.findElement(By.cssSelector("[data-status-for]")).getText());
        assertTrue(reference
                .findElement(By.cssSelector("[data-status-for]"))
                .getAttribute("class")
                .contains("agenda-status--inprogress"));
        assertTrue(reference.getText().contains("Define the metadata pipeline outputs"));
        assertEquals("polite", browser.find(".agenda-live-region").getAttribute("aria-live"));
        screenshot();
    }

    @Test
    public void syncFromTheKeyboardCreatesTheIssuesAndTheirKeysAppearWithoutAReload() {
        browser.open(preview.pageUrl(PreviewFixture.REFERENCE_PAGE));
        waitForStatuses();
        int before = preview.jira.world().issueCount();

        // Each agenda's Sync syncs its own actions: the page's 11 take both.
        for (WebElement agenda : browser.driver.findElements(By.cssSelector("section.agenda[data-agenda-live]"))) {
            browser.syncAndConfirm(agenda);
            String announced = browser.until(driver -> {
                String text = agenda.findElement(By.cssSelector(".agenda-live-region"))
                        .getText();
                return text.startsWith("Synced with Jira") ? text : null;
            });
            assertTrue(announced, announced.contains("failed 0"));
        }
        browser.until(driver -> driver.findElements(By.cssSelector(ACTION_ROWS + " [data-tracks-action]"))
                        .size()
                == 11);
        for (WebElement row : browser.driver.findElements(By.cssSelector(ACTION_ROWS))) {
            WebElement key = row.findElement(By.cssSelector("[data-tracks-action] .agenda-issue-key"));
            assertTrue(key.getText(), key.getText().matches("DM-\\d+"));
            browser.until(driver -> !row.findElement(By.cssSelector("[data-status-for]"))
                    .getText()
                    .equals("Checking Jira…"));
        }
        assertEquals(before + 10, preview.jira.world().issueCount());
        assertTrue(browser.driver
                .findElements(By.cssSelector("[data-not-in-jira-for]"))
                .isEmpty());
        screenshot();
    }

    @Test
    public void aSlowSyncShowsHowFarItHasGotThenTheSummary() {
        browser.open(preview.pageUrl(PreviewFixture.REFERENCE_PAGE));
        waitForStatuses();
        // The count moves while the sync brings each action's issue up to date, its last phase; Jira answering in
        // 600 ms keeps that phase longer than two of the page's 500 ms polls (at 150 ms it raced them and lost).
        preview.jira.faults().latency(Duration.ofMillis(600));

        int own = browser.find("section.agenda")
                .findElements(By.cssSelector(ACTION_ROWS))
                .size();
        browser.syncAndConfirm(browser.find("section.agenda"));

        Number done = browser.until(
                driver -> (Number) browser.driver.executeScript("var bar = document.querySelector('.agenda-progress');"
                        + "return bar && !bar.hidden && bar.max === " + own + " && bar.value > 0 ? bar.value : null;"));
        assertTrue(done.intValue() >= 1 && done.intValue() <= own);
        assertEquals(
                "the button says it cannot start a second sync meanwhile (and keeps the focus: not disabled)",
                "true",
                browser.find(".agenda-sync-button").getAttribute("aria-disabled"));
        browser.until(driver -> browser.find(".agenda-live-region").getText().startsWith("Synced with Jira"));
        assertFalse(browser.find(".agenda-progress").isDisplayed());
        screenshot();
    }

    @Test
    public void tickingAction3MakesItsIssueDoneInJiraAndSurvivesAReload() {
        syncWithoutTheBrowser();
        browser.open(preview.pageUrl(PreviewFixture.REFERENCE_PAGE));
        waitForStatuses();
        String actionId = preview.pageId(PreviewFixture.REFERENCE_PAGE) + "/3";
        WebElement box = browser.find("table.agenda-actions-table .agenda-tick[data-action-id='" + actionId + "']");
        assertFalse("action 3 is open on the reference page", box.isSelected());
        String key = trackingKeyOf(actionId);

        box.sendKeys(Keys.SPACE);

        browser.until(driver -> statusOf(actionId).equals("DONE"));
        assertTrue(preview.jira.world().state(key).orElseThrow().status().isDone());
        assertTrue(browser.find(".agenda-live-region").getText().startsWith("Ticked"));
        assertEquals(
                "the page's own lozenge follows the tick without a reload",
                "DONE",
                browser.find("tr[data-action-id='" + actionId + "'] .agenda-tick-label .aui-lozenge")
                        .getText());
        assertTrue(browser.find("td.agenda-notes li[data-action-id='" + actionId + "']")
                .getAttribute("class")
                .contains("agenda-task--complete"));
        assertTrue(preview.read(PreviewFixture.REFERENCE_PAGE)
                .matches("(?s).*<ac:task-id>3</ac:task-id><ac:task-status>complete</ac:task-status>.*"));

        browser.driver.navigate().refresh();
        waitForStatuses();
        assertTrue(browser.find("table.agenda-actions-table .agenda-tick[data-action-id='" + actionId + "']")
                .isSelected());
        assertTrue(
                "the task in the notes is ticked too",
                browser.find("td.agenda-notes .agenda-tick[data-action-id='" + actionId + "']")
                        .isSelected());
        assertEquals("DONE", statusOf(actionId));
        screenshot();
    }

    @Test
    public void anIssueMovedToDoneInJiraShowsAsDoneAfterRefresh() {
        syncWithoutTheBrowser();
        browser.open(preview.pageUrl(PreviewFixture.REFERENCE_PAGE));
        waitForStatuses();
        String actionId = preview.pageId(PreviewFixture.REFERENCE_PAGE) + "/4";
        String key = trackingKeyOf(actionId);
        assertEquals("TO DO", statusOf(actionId));

        preview.jira.world().moveTo(key, new IssueStatus("Done", StatusCategory.DONE));
        browser.find(".agenda-refresh-button").click();

        browser.until(driver -> statusOf(actionId).equals("DONE"));
        WebElement note = browser.find("[data-then-now-for='" + actionId + "']");
        assertTrue(note.getText(), note.getText().startsWith("Not ticked on the page · Done in Jira since"));
        assertTrue(browser.find(".agenda-live-region").getText().startsWith("Statuses refreshed"));
        screenshot();
    }

    @Test
    public void withJiraStoppedThePageStillRendersAndEveryStatusSaysUnreachable() {
        syncWithoutTheBrowser();
        browser.open(preview.pageUrl(PreviewFixture.REFERENCE_PAGE));
        waitForStatuses();
        preview.jira.close();

        browser.driver.navigate().refresh();
        assertEquals(
                26,
                browser.driver
                        .findElements(By.cssSelector("table.agenda-table tr.agenda-item"))
                        .size());
        waitForStatuses();
        browser.find(".agenda-refresh-button").click();

        browser.until(driver -> browser.find(".agenda-live-region").getText().startsWith("Statuses refreshed"));
        List<WebElement> issues = browser.driver.findElements(By.cssSelector("section.agenda [data-issue-key]"));
        assertEquals("the 11 actions' issues and the 3 issues the notes refer to", 14, issues.size());
        for (WebElement issue : issues) {
            assertTrue(issue.getText(), issue.getText().toLowerCase().contains("unreachable"));
        }
        assertTrue(
                "the last known status is still shown, with its age",
                issues.get(0).getText().contains("Jira unreachable — showing status from"));
        screenshot();
    }

    @Test
    public void aKeyInAMissingProjectShowsItsOwnErrorWhileItsNeighboursShowStatuses() {
        String url = preview.addPage(
                "65538.xml",
                "<h1>Weekly sync</h1><ac:structured-macro ac:name=\"agenda\">"
                        + "<ac:parameter ac:name=\"date\">2017-11-02</ac:parameter><ac:rich-text-body><table><tbody>"
                        + "<tr><th>Time</th><th>Topic</th><th>Notes</th></tr>"
                        + "<tr><td>09:00</td><td>Tickets</td><td>"
                        + jiraMacro("DM-12813") + " " + jiraMacro("NOPE-1") + " " + jiraMacro("RFC-188") + "</td></tr>"
                        + "<tr><td>09:30</td><td>Close</td><td></td></tr></tbody></table></ac:rich-text-body>"
                        + "</ac:structured-macro>");
        browser.open(url);
        waitForStatuses();

        assertEquals(
                "IN PROGRESS",
                referenceTo("DM-12813")
                        .findElement(By.cssSelector("[data-status-for]"))
                        .getText());
        assertEquals(
                "TO DO",
                referenceTo("RFC-188")
                        .findElement(By.cssSelector("[data-status-for]"))
                        .getText());
        WebElement missing = referenceTo("NOPE-1");
        assertEquals(
                "NO SUCH PROJECT",
                missing.findElement(By.cssSelector("[data-status-for]")).getText());
        assertEquals(
                "Jira project NOPE doesn't exist or you don't have permission to view it",
                missing.findElement(By.cssSelector(".agenda-issue-problem")).getText());
        screenshot();
    }

    @Test
    public void atPhoneWidthNothingOverflowsSideways() {
        syncWithoutTheBrowser();
        browser.driver.manage().window().setSize(new org.openqa.selenium.Dimension(320, 900));
        browser.open(preview.pageUrl(PreviewFixture.REFERENCE_PAGE));
        waitForStatuses();

        long overflow = (Long) browser.driver.executeScript(
                "return document.documentElement.scrollWidth - document.documentElement.clientWidth;");
        assertEquals("no horizontal scrolling at 320 px", 0L, overflow);
        assertTrue(
                "the actions stack as cards",
                browser.find(ACTION_ROWS).getSize().getWidth() <= 320);
        screenshot();
    }

    private void syncWithoutTheBrowser() {
        String path = "rest/agenda/1.0/pages/" + preview.pageId(PreviewFixture.REFERENCE_PAGE) + "/sync";
        int status = preview.send(java.net.http.HttpRequest.newBuilder(
                                preview.host.baseUrl().resolve(path))
                        .header("X-Atlassian-Token", "no-check")
                        .POST(java.net.http.HttpRequest.BodyPublishers.noBody())
                        .build())
                .statusCode();
        assertEquals(200, status);
    }

    private void waitForStatuses() {
        browser.until(driver -> driver.findElements(By.cssSelector("section.agenda[data-statuses-loaded]"))
                        .size()
                == driver.findElements(By.cssSelector("section.agenda[data-agenda-live]"))
                        .size());
    }

    private WebElement referenceTo(String key) {
        return browser.find("td.agenda-notes [data-issue-key='" + key + "']");
    }

    private String trackingKeyOf(String actionId) {
        return browser.find("[data-tracks-action='" + actionId + "']").getAttribute("data-issue-key");
    }

    private String statusOf(String actionId) {
        return browser.find("[data-tracks-action='" + actionId + "'] [data-status-for]")
                .getText();
    }

    private void screenshot() {
        browser.fitPage();
        browser.screenshot(getClass().getSimpleName() + "-" + test.getMethodName());
    }

    private static String jiraMacro(String key) {
        return "<ac:structured-macro ac:name=\"jira\"><ac:parameter ac:name=\"key\">" + key
                + "</ac:parameter></ac:structured-macro>";
    }
}
