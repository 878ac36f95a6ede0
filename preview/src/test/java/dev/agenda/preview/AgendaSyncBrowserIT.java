package dev.agenda.preview;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import java.time.Duration;
import java.util.List;
import org.junit.Rule;
import org.junit.Test;
import org.junit.rules.RuleChain;
import org.junit.rules.TemporaryFolder;
import org.junit.rules.TestName;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/** On a page with several agendas, each agenda's Sync syncs that agenda's actions and says so under that agenda. */
public class AgendaSyncBrowserIT {

    private static final String OWN_ROWS = "table.agenda-actions-table tr[data-action-id]";

    private final TemporaryFolder folder = new TemporaryFolder();
    private final PreviewFixture preview = new PreviewFixture(folder);
    private final Browser browser = new Browser(1280, 1600);
    private final TestName test = new TestName();

    @Rule
    public final RuleChain rules =
            RuleChain.outerRule(folder).around(preview).around(browser).around(test);

    @Test
    public void theSecondAgendasSyncSyncsOnlyItsOwnActionsAndAnswersUnderIt() {
        browser.open(preview.pageUrl(PreviewFixture.REFERENCE_PAGE));
        browser.until(driver -> driver.findElements(By.cssSelector("section.agenda[data-statuses-loaded]"))
                        .size()
                == 2);
        List<WebElement> agendas = browser.driver.findElements(By.cssSelector("section.agenda[data-agenda-live]"));
        WebElement first = agendas.get(0);
        WebElement second = agendas.get(1);
        int own = second.findElements(By.cssSelector(OWN_ROWS)).size();
        int others = first.findElements(By.cssSelector(OWN_ROWS)).size();
        assertTrue("the reference page's second agenda has some of the page's 11 actions", own > 0 && own < 11);
        int before = preview.jira.world().issueCount();
        preview.jira.faults().latency(Duration.ofMillis(300));

        browser.syncAndConfirm(second);

        String syncing = browser.until(driver -> {
            String text =
                    second.findElement(By.cssSelector(".agenda-live-region")).getText();
            return text.startsWith("Syncing") ? text : null;
        });
        assertEquals("Syncing " + own + " actions of this agenda with Jira…", syncing);
        String announced = browser.until(driver -> {
            String text =
                    second.findElement(By.cssSelector(".agenda-live-region")).getText();
            return text.startsWith("Synced with Jira") ? text : null;
        });
        preview.jira.faults().latency(Duration.ZERO);
        assertEquals(
                "nothing is said under the other agenda",
                "",
                first.findElement(By.cssSelector(".agenda-live-region")).getText());
        browser.until(driver -> second.findElements(By.cssSelector(OWN_ROWS + " [data-tracks-action]"))
                        .size()
                == own);
        assertEquals(
                "the first agenda's actions are still not in Jira",
                others,
                first.findElements(By.cssSelector("[data-not-in-jira-for]")).size());
        int created = preview.jira.world().issueCount() - before;
        assertTrue(announced, announced.contains("created " + created + ","));
        assertTrue("only the second agenda's actions got issues: " + created, created <= own);
        browser.fitPage();
        browser.screenshot(getClass().getSimpleName() + "-" + test.getMethodName());
    }
}
