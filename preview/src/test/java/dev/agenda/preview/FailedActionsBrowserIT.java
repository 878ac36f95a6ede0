package dev.agenda.preview;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import org.junit.Rule;
import org.junit.Test;
import org.junit.rules.RuleChain;
import org.junit.rules.TemporaryFolder;
import org.junit.rules.TestName;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * An action a sync could not sync is marked in its own row with the reason and what to do, not only counted in the
 * summary; a default project ({@code serve --project}) lets the same action sync.
 */
public class FailedActionsBrowserIT {

    private static final String PAGE = "65540.xml";

    private final TemporaryFolder folder = new TemporaryFolder();
    private final PreviewFixture preview = new PreviewFixture(folder);
    private final Browser browser = new Browser(1280, 1000);
    private final TestName test = new TestName();

    @Rule
    public final RuleChain rules =
            RuleChain.outerRule(folder).around(preview).around(browser).around(test);

    @Test
    public void anActionWithoutAProjectShowsWhyInItsRowAndSyncsOnceServeHasADefaultProject() {
        String url = preview.addPage(PAGE, pageWithoutProject());
        browser.open(url);
        waitForStatuses();

        browser.syncAndConfirm(browser.find("section.agenda"));

        String announced = browser.until(driver -> {
            String text = browser.find(".agenda-live-region").getText();
            return text.startsWith("Synced with Jira") ? text : null;
        });
        assertTrue(announced, announced.contains("failed 1"));
        assertTrue(announced, announced.contains("its row says why"));
        WebElement row = browser.find("tr[data-action-id]");
        WebElement problem = row.findElement(By.cssSelector(".agenda-action-problem"));
        assertTrue(problem.getText(), problem.getText().startsWith("Not synced: No Jira project for this action"));
        assertTrue(problem.getText(), problem.getText().contains("add project=KEY to its agenda macro"));
        assertTrue(problem.getText(), problem.getText().contains("serve --project KEY"));
        assertTrue(problem.isDisplayed());
        screenshot("before");

        preview.restartWithDefaultProject("DM");
        browser.open(preview.pageUrl(PAGE));
        waitForStatuses();
        browser.syncAndConfirm(browser.find("section.agenda"));

        announced = browser.until(driver -> {
            String text = browser.find(".agenda-live-region").getText();
            return text.startsWith("Synced with Jira") ? text : null;
        });
        assertTrue(announced, announced.contains("created 1"));
        assertTrue(announced, announced.contains("failed 0"));
        String key = browser.until(driver -> driver.findElements(By.cssSelector("[data-tracks-action]")).stream()
                .map(holder -> holder.getAttribute("data-issue-key"))
                .findFirst()
                .orElse(null));
        assertTrue(key, key.startsWith("DM-"));
        assertEquals(
                "no failure is left marked",
                0,
                browser.driver
                        .findElements(By.cssSelector(".agenda-action-problem"))
                        .size());
        screenshot("after");
    }

    private static String pageWithoutProject() {
        return "<h1>Weekly sync</h1><ac:structured-macro ac:name=\"agenda\">"
                + "<ac:parameter ac:name=\"date\">2017-11-02</ac:parameter><ac:rich-text-body><table><tbody>"
                + "<tr><th>Time</th><th>Topic</th><th>Notes</th></tr>"
                + "<tr><td>09:00</td><td>Tickets</td><td><ac:task-list><ac:task><ac:task-id>1</ac:task-id>"
                + "<ac:task-status>incomplete</ac:task-status><ac:task-body>Send the minutes</ac:task-body>"
                + "</ac:task></ac:task-list></td></tr>"
                + "<tr><td>09:30</td><td>Close</td><td></td></tr></tbody></table></ac:rich-text-body>"
                + "</ac:structured-macro>";
    }

    private void waitForStatuses() {
        browser.until(driver -> driver.findElements(By.cssSelector("section.agenda[data-statuses-loaded]"))
                        .size()
                == driver.findElements(By.cssSelector("section.agenda[data-agenda-live]"))
                        .size());
    }

    private void screenshot(String moment) {
        browser.fitPage();
        browser.screenshot(getClass().getSimpleName() + "-" + test.getMethodName() + "-" + moment);
    }
}
