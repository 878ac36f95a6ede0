package dev.agenda.preview;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import java.util.List;
import org.junit.Rule;
import org.junit.Test;
import org.junit.rules.RuleChain;
import org.junit.rules.TemporaryFolder;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * An action whose task names an existing issue, on the reference page in headless Chromium: task 10 is ticked and
 * names DM-12813, which the demo Jira has In Progress. The page states the rule beside it (the page does not move an
 * issue it did not create); after a sync that reports "failed 0" the page does not claim a disagreement, lists the key
 * once in its cell, and a tick's message names the issue's status rather than "already there".
 */
public class LinkedIssueBrowserIT {

    private final TemporaryFolder folder = new TemporaryFolder();
    private final PreviewFixture preview = new PreviewFixture(folder);
    private final Browser browser = new Browser(1280, 1400);

    @Rule
    public final RuleChain rules = RuleChain.outerRule(folder).around(preview).around(browser);

    @Test
    public void aTaskNamingAnIssueStatesTheRuleListsTheKeyOnceAndNamesItsStatus() {
        String actionId = preview.pageId(PreviewFixture.REFERENCE_PAGE) + "/10";
        browser.open(preview.pageUrl(PreviewFixture.REFERENCE_PAGE));
        waitForStatuses();
        assertTrue(
                "the rule is stated beside the action",
                cell(actionId)
                        .getText()
                        .contains("Ticking this task does not move DM-12813: the page only moves issues it created."));

        // Each agenda's Sync syncs its own actions: the one the action stands in.
        WebElement agenda = cell(actionId).findElement(By.xpath("ancestor::section[contains(@class, 'agenda')][1]"));
        browser.syncAndConfirm(agenda);
        String synced = browser.until(driver -> {
            String text =
                    agenda.findElement(By.cssSelector(".agenda-live-region")).getText();
            return text.startsWith("Synced with Jira") ? text : null;
        });
        assertTrue(synced, synced.contains("failed 0"));
        browser.until(driver -> !cell(actionId)
                .findElements(By.cssSelector("[data-tracks-action] [data-status-for]"))
                .isEmpty());
        String status = browser.until(driver -> {
            String text = cell(actionId)
                    .findElement(By.cssSelector("[data-tracks-action] [data-status-for]"))
                    .getText();
            return text.equals("Checking Jira…") ? null : text;
        });
        assertEquals("Jira's status, unmoved", "IN PROGRESS", status.toUpperCase(java.util.Locale.ROOT));
        assertEquals("no claimed disagreement", "", thenNow(actionId));
        List<WebElement> listed = cell(actionId).findElements(By.cssSelector("[data-issue-key]"));
        assertEquals("DM-12813 is listed once in its cell", 1, listed.size());

        tickBox(actionId).click();
        String unticked = said("Unticked");
        assertTrue(unticked, unticked.contains("DM-12813 stays In Progress in Jira"));
        assertTrue(unticked, !unticked.contains("already"));
        tickBox(actionId).click();
        String ticked = said("Ticked");
        assertTrue(ticked, ticked.contains("DM-12813 stays In Progress in Jira"));
        assertEquals("", thenNow(actionId));
        assertEquals(
                "In Progress",
                preview.jira.world().state("DM-12813").orElseThrow().status().name());
        browser.fitPage();
        browser.screenshot("LinkedIssueBrowserIT");
    }

    private String said(String start) {
        return browser.until(driver -> {
            for (WebElement region : driver.findElements(By.cssSelector(".agenda-live-region"))) {
                String text = region.getText();
                if (text.startsWith(start)
                        && browser.driver
                                .findElements(By.cssSelector(".agenda-tick[aria-disabled='true']"))
                                .isEmpty()) {
                    return text;
                }
            }
            return null;
        });
    }

    private WebElement cell(String actionId) {
        return byAttribute("tr[data-action-id]", "data-action-id", actionId)
                .findElement(By.cssSelector(".agenda-action-jira"));
    }

    private WebElement tickBox(String actionId) {
        return byAttribute("table.agenda-actions-table .agenda-tick", "data-action-id", actionId);
    }

    private String thenNow(String actionId) {
        return byAttribute("[data-then-now-for]", "data-then-now-for", actionId).getText();
    }

    private WebElement byAttribute(String css, String attribute, String value) {
        return browser.until(driver -> driver.findElements(By.cssSelector(css)).stream()
                .filter(element -> value.equals(element.getAttribute(attribute)))
                .findFirst()
                .orElse(null));
    }

    private void waitForStatuses() {
        browser.until(driver -> driver.findElements(By.cssSelector("section.agenda[data-statuses-loaded]"))
                        .size()
                == driver.findElements(By.cssSelector("section.agenda[data-agenda-live]"))
                        .size());
    }
}
