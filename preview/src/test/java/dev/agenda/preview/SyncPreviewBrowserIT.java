package dev.agenda.preview;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.Rule;
import org.junit.Test;
import org.junit.rules.RuleChain;
import org.junit.rules.TemporaryFolder;
import org.junit.rules.TestName;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;

/**
 * A sync that would create issues first shows, under its agenda, what it would create (each action's words and
 * assignee) and in which project, and creates them only once confirmed; Escape and Cancel create nothing and give the
 * focus back to Sync. A sync that would create nothing runs without asking.
 */
public class SyncPreviewBrowserIT {

    private final TemporaryFolder folder = new TemporaryFolder();
    private final PreviewFixture preview = new PreviewFixture(folder);
    private final Browser browser = new Browser(1280, 1600);
    private final TestName test = new TestName();

    @Rule
    public final RuleChain rules =
            RuleChain.outerRule(folder).around(preview).around(browser).around(test);

    @Test
    public void thePreviewNamesWhatWouldBeCreatedAndWhereAndEscapeOrCancelCreatesNothing() {
        WebElement agenda = openFirstAgenda();
        int before = preview.jira.world().issueCount();

        agenda.findElement(By.cssSelector(".agenda-sync-button")).sendKeys(Keys.ENTER);
        WebElement shown = previewOf(agenda);

        assertEquals("region", shown.getAttribute("role"));
        WebElement heading = browser.find("#" + shown.getAttribute("aria-labelledby"));
        assertTrue(heading.getText(), heading.getText().startsWith("Before syncing: this would create "));
        List<WebElement> created = createdItems(shown);
        assertTrue("the first agenda's actions are not in Jira yet", created.size() > 1);
        assertTrue(
                shown.getText(),
                shown.getText().contains("Propose LDM-542 (LSP Design) for RFC (Gregory Dubois-Felsmann)"));
        WebElement confirm = shown.findElement(By.cssSelector(".agenda-sync-confirm"));
        assertEquals("Create " + created.size() + " issues in DM", confirm.getText());
        assertEquals(
                "the focus is on the confirm button",
                confirm,
                browser.driver.switchTo().activeElement());
        browser.fitPage();
        browser.screenshot(getClass().getSimpleName() + "-preview");

        confirm.sendKeys(Keys.ESCAPE);

        assertTrue(agenda.findElements(By.cssSelector(".agenda-sync-preview")).isEmpty());
        assertEquals(syncButton(agenda), browser.driver.switchTo().activeElement());
        assertEquals(
                "Sync cancelled: nothing was created in Jira.",
                agenda.findElement(By.cssSelector(".agenda-live-region")).getText());

        syncButton(agenda).sendKeys(Keys.ENTER);
        previewOf(agenda).findElement(By.cssSelector(".agenda-sync-cancel")).click();

        assertTrue(agenda.findElements(By.cssSelector(".agenda-sync-preview")).isEmpty());
        assertEquals(syncButton(agenda), browser.driver.switchTo().activeElement());
        assertEquals("nothing was created in Jira", before, preview.jira.world().issueCount());
        assertEquals("and nothing is recorded", List.of(), agenda.findElements(By.cssSelector("[data-tracks-action]")));
    }

    @Test
    public void confirmCreatesExactlyThePreviewedIssuesAndASyncWithNothingToCreateDoesNotAsk() {
        WebElement agenda = openFirstAgenda();
        List<String> keysBefore = preview.jira.world().issueKeys();

        syncButton(agenda).sendKeys(Keys.ENTER);
        WebElement shown = previewOf(agenda);
        Set<String> previewedIds = new HashSet<>();
        List<String> previewedWords = new ArrayList<>();
        for (WebElement item : createdItems(shown)) {
            previewedIds.add(item.getAttribute("data-preview-action"));
            previewedWords.add(item.getText());
        }
        shown.findElement(By.cssSelector(".agenda-sync-confirm")).click();
        String synced = syncEnded(agenda);

        assertTrue(synced, synced.contains("created " + previewedIds.size() + ","));
        List<String> made = new ArrayList<>(preview.jira.world().issueKeys());
        made.removeAll(keysBefore);
        assertEquals("exactly the previewed issues were created", previewedIds.size(), made.size());
        for (String key : made) {
            String summary = preview.jira.world().state(key).orElseThrow().summary();
            assertTrue(
                    summary + " was previewed", previewedWords.stream().anyMatch(words -> words.startsWith(summary)));
        }
        Set<String> tracked = new HashSet<>();
        browser.until(driver -> {
            tracked.clear();
            agenda.findElements(By.cssSelector("[data-tracks-action]")).stream()
                    .filter(holder -> made.contains(holder.getAttribute("data-issue-key")))
                    .forEach(holder -> tracked.add(holder.getAttribute("data-tracks-action")));
            return tracked.size() == previewedIds.size();
        });
        assertEquals(previewedIds, tracked);

        syncButton(agenda).sendKeys(Keys.ENTER);
        String again = syncEnded(agenda);

        assertTrue(again, again.contains("created 0"));
        assertTrue(agenda.findElements(By.cssSelector(".agenda-sync-preview")).isEmpty());
        assertEquals(keysBefore.size() + made.size(), preview.jira.world().issueCount());
    }

    private WebElement openFirstAgenda() {
        browser.open(preview.pageUrl(PreviewFixture.REFERENCE_PAGE));
        browser.until(driver -> driver.findElements(By.cssSelector("section.agenda[data-statuses-loaded]"))
                        .size()
                == driver.findElements(By.cssSelector("section.agenda[data-agenda-live]"))
                        .size());
        return browser.find("section.agenda[data-agenda-live]");
    }

    private WebElement previewOf(WebElement agenda) {
        return browser.until(driver -> agenda.findElements(By.cssSelector(".agenda-sync-preview")).stream()
                .findFirst()
                .orElse(null));
    }

    /** The items listed under "Created in …", the first list of the preview. */
    private static List<WebElement> createdItems(WebElement shown) {
        return shown.findElement(By.cssSelector("ul")).findElements(By.cssSelector("li"));
    }

    private static WebElement syncButton(WebElement agenda) {
        return agenda.findElement(By.cssSelector(".agenda-sync-button"));
    }

    private String syncEnded(WebElement agenda) {
        return browser.until(driver -> {
            String text =
                    agenda.findElement(By.cssSelector(".agenda-live-region")).getText();
            return text.startsWith("Synced with Jira") ? text : null;
        });
    }
}
