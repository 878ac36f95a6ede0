package dev.agenda.preview;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import dev.agenda.jira.transport.JiraResponse;
import org.junit.Rule;
import org.junit.Test;
import org.junit.rules.RuleChain;
import org.junit.rules.TemporaryFolder;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * Ids and keys the page script must cope with, in headless Chromium: a task id holding {@code "}, {@code '} and
 * {@code ]} (an author can write any id in storage format), and Jira answering issue keys it could not have made. The
 * page still loads its statuses, Sync ends with a message each time, nothing from the bad answers reaches the page,
 * and the awkward task can be synced and ticked.
 */
public class AwkwardIdsBrowserIT {

    private static final String TASK_ID = "7\"']x";
    /** Every new DM issue's key, as a broken Jira or a proxy might send it. */
    private static final String NOT_A_KEY = "\"key\":\"$1\\\\\"]\"";

    private final TemporaryFolder folder = new TemporaryFolder();
    private final PreviewFixture preview = new PreviewFixture(folder);
    private final Browser browser = new Browser(1280, 1400);

    @Rule
    public final RuleChain rules = RuleChain.outerRule(folder).around(preview).around(browser);

    @Test
    public void aTaskIdWithQuotesAndJiraAnsweringNonKeysLeaveThePageWorkingAndSyncEndsEachTime() {
        String url = preview.addPage(
                "66100.xml",
                "<h1>Awkward ids</h1><ac:structured-macro ac:name=\"agenda\">"
                        + "<ac:parameter ac:name=\"date\">2017-11-02</ac:parameter>"
                        + "<ac:parameter ac:name=\"project\">DM</ac:parameter><ac:rich-text-body><table><tbody>"
                        + "<tr><th>Time</th><th>Topic</th><th>Notes</th></tr>"
                        + "<tr><td>09:00</td><td>Tickets</td><td><p>" + jiraMacro("DM-12813") + "</p>"
                        + "<ac:task-list>" + task(TASK_ID, "womullane", "check the quoted one")
                        + task("8", "swinbank", "check the plain one") + "</ac:task-list></td></tr>"
                        + "<tr><td>09:30</td><td>Close</td><td></td></tr></tbody></table></ac:rich-text-body>"
                        + "</ac:structured-macro>");
        String actionId = preview.pageId("66100.xml") + "/" + TASK_ID;
        int issues = preview.jira.world().issueCount();

        browser.open(url);
        waitForStatuses();
        assertEquals(
                "IN PROGRESS",
                browser.find("td.agenda-notes [data-issue-key='DM-12813'] [data-status-for]")
                        .getText());

        preview.jiraAnswers = answer -> new JiraResponse(
                answer.status(),
                answer.headers(),
                answer.body().replaceAll("\"key\":\"(DM-(?!12813\")\\d+)\"", NOT_A_KEY));
        String said = sync();
        assertTrue(said, said.startsWith("Synced with Jira: created 0, linked 0"));
        assertTrue(said, said.contains("failed 2"));
        assertTrue(
                "nothing of the bad answers reached the page",
                browser.driver
                        .findElements(By.cssSelector("[data-tracks-action]"))
                        .isEmpty());
        // Only as the text of a failed action's reason, which quotes what Jira answered.
        String outsideReasons = (String)
                browser.driver.executeScript("var copy = document.querySelector('section.agenda').cloneNode(true);"
                        + "copy.querySelectorAll('.agenda-action-problem').forEach(function (note) { note.remove(); });"
                        + "return copy.textContent;");
        assertFalse(outsideReasons, outsideReasons.contains("\"]"));

        preview.jiraAnswers = answer -> answer;
        said = sync();
        assertTrue(said, said.startsWith("Synced with Jira"));
        assertTrue(said, said.contains("failed 0"));
        WebElement tracking = byAttribute("[data-tracks-action]", "data-tracks-action", actionId);
        assertTrue(
                "the issues made behind the bad answers were found again",
                tracking.getAttribute("data-issue-key").matches("DM-\\d+"));
        assertEquals(
                "and only they: none made twice",
                issues + 2,
                preview.jira.world().issueCount());

        byAttribute("table.agenda-actions-table .agenda-tick", "data-action-id", actionId)
                .click();
        String ticked = browser.until(driver -> {
            String text = browser.find(".agenda-live-region").getText();
            return text.startsWith("Ticked") ? text : null;
        });
        assertTrue(ticked, ticked.contains("Check the quoted one"));
        assertTrue(
                preview.read("66100.xml").contains("<ac:task-id>" + TASK_ID + "</ac:task-id><ac:task-status>complete"));
        browser.fitPage();
        browser.screenshot("AwkwardIdsBrowserIT");
    }

    /** Presses Sync, confirms what it would create, and answers what the page says when the sync has ended. */
    private String sync() {
        browser.syncAndConfirm(browser.find("section.agenda"));
        return browser.until(driver -> {
            String text = browser.find(".agenda-live-region").getText();
            boolean ended = !text.startsWith("Syncing")
                    && !"true".equals(browser.find(".agenda-sync-button").getAttribute("aria-disabled"))
                    && !text.isEmpty();
            return ended ? text : null;
        });
    }

    /** The element whose attribute is exactly value: the value holds what no CSS selector should be built from. */
    private WebElement byAttribute(String css, String attribute, String value) {
        return browser.until(driver -> driver.findElements(By.cssSelector(css)).stream()
                .filter(element -> value.equals(element.getAttribute(attribute)))
                .findFirst()
                .orElse(null));
    }

    private void waitForStatuses() {
        browser.until(driver -> !driver.findElements(By.cssSelector("section.agenda[data-statuses-loaded]"))
                .isEmpty());
    }

    private static String task(String id, String username, String text) {
        return "<ac:task><ac:task-id>" + id + "</ac:task-id><ac:task-status>incomplete</ac:task-status><ac:task-body>"
                + "<ac:link><ri:user ri:username=\"" + username + "\" /></ac:link> to " + text
                + "</ac:task-body></ac:task>";
    }

    private static String jiraMacro(String key) {
        return "<ac:structured-macro ac:name=\"jira\"><ac:parameter ac:name=\"key\">" + key
                + "</ac:parameter></ac:structured-macro>";
    }
}
