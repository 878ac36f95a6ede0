package dev.agenda.preview;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import org.junit.Rule;
import org.junit.Test;
import org.junit.rules.RuleChain;
import org.junit.rules.TemporaryFolder;
import org.junit.rules.TestName;
import org.openqa.selenium.By;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebElement;

/**
 * A synced task removed from the page file is reported by the next sync with the choice to leave or close its issue;
 * closing moves it to Done in the demo Jira, and the sync after says it was closed and asks nothing.
 */
public class RemovedTaskBrowserIT {

    private static final String PAGE = "weekly.xml";

    private final TemporaryFolder folder = new TemporaryFolder();
    private final PreviewFixture preview = new PreviewFixture(folder);
    private final Browser browser = new Browser(1280, 1200);
    private final TestName test = new TestName();

    @Rule
    public final RuleChain rules =
            RuleChain.outerRule(folder).around(preview).around(browser).around(test);

    @Test
    public void aRemovedTasksIssueIsReportedWithAChoiceAndClosingItMovesItToDoneOnce() {
        String url = preview.addPage(PAGE, page(true));
        String removedId = preview.pageId(PAGE) + "/2";
        open(url);
        String synced = sync();
        assertTrue(synced, synced.contains("created 2"));
        String key = browser.until(driver -> driver.findElements(By.cssSelector("[data-tracks-action]")).stream()
                .filter(holder -> removedId.equals(holder.getAttribute("data-tracks-action")))
                .map(holder -> holder.getAttribute("data-issue-key"))
                .findFirst()
                .orElse(null));
        assertTrue(browser.driver
                .findElements(By.cssSelector(".agenda-removed-tasks"))
                .isEmpty());

        preview.addPage(PAGE, page(false));
        open(url);
        sync();

        WebElement reported = reported();
        assertEquals("region", browser.find(".agenda-removed-tasks").getAttribute("role"));
        assertTrue(reported.getText(), reported.getText().startsWith(key + ": its task was removed from the page"));
        assertEquals(
                "Leave " + key + " as it is",
                reported.findElement(By.cssSelector(".agenda-removed-leave")).getText());
        WebElement close = reported.findElement(By.cssSelector(".agenda-removed-close"));
        assertEquals("Close " + key + " in Jira", close.getText());
        assertFalse(preview.jira.world().state(key).orElseThrow().status().isDone());
        int issues = preview.jira.world().issueCount();
        screenshot("asked");

        close.click();

        String closed = browser.until(driver -> {
            try {
                String text = reported().getText();
                return text.contains("closed in Jira") ? text : null;
            } catch (StaleElementReferenceException replaced) {
                return null; // the list is drawn again with Jira's answer
            }
        });
        assertEquals(key + ": its task was removed; closed in Jira", closed);
        assertTrue(preview.jira.world().state(key).orElseThrow().status().isDone());
        assertEquals("nothing was deleted", issues, preview.jira.world().issueCount());

        open(url);
        sync();

        assertEquals(key + ": its task was removed; closed in Jira", reported().getText());
        assertTrue(
                "nothing is asked",
                reported().findElements(By.cssSelector("button")).isEmpty());
        screenshot("closed");
    }

    private void open(String url) {
        browser.open(url);
        browser.until(driver -> driver.findElements(By.cssSelector("section.agenda[data-statuses-loaded]"))
                        .size()
                == 1);
    }

    private String sync() {
        browser.syncAndConfirm(browser.find("section.agenda"));
        return browser.until(driver -> {
            String text = browser.find(".agenda-live-region").getText();
            return text.startsWith("Synced with Jira") ? text : null;
        });
    }

    private WebElement reported() {
        return browser.until(driver -> driver.findElements(By.cssSelector(".agenda-removed-tasks li")).stream()
                .findFirst()
                .orElse(null));
    }

    private static String page(boolean withTaskTwo) {
        return "<h1>Weekly sync</h1><ac:structured-macro ac:name=\"agenda\">"
                + "<ac:parameter ac:name=\"date\">2017-11-02</ac:parameter>"
                + "<ac:parameter ac:name=\"project\">DM</ac:parameter><ac:rich-text-body><table><tbody>"
                + "<tr><th>Time</th><th>Topic</th><th>Notes</th></tr>"
                + "<tr><td>09:00</td><td>Tickets</td><td><ac:task-list>"
                + task("1", "Send the minutes")
                + (withTaskTwo ? task("2", "Book the room for December") : "")
                + "</ac:task-list></td></tr>"
                + "<tr><td>09:30</td><td>Close</td><td></td></tr></tbody></table></ac:rich-text-body>"
                + "</ac:structured-macro>";
    }

    private static String task(String id, String words) {
        return "<ac:task><ac:task-id>" + id + "</ac:task-id><ac:task-status>incomplete</ac:task-status>"
                + "<ac:task-body>" + words + "</ac:task-body></ac:task>";
    }

    private void screenshot(String moment) {
        browser.fitPage();
        browser.screenshot(getClass().getSimpleName() + "-" + moment);
    }
}
