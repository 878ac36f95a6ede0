package dev.agenda.preview;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.Rule;
import org.junit.Test;
import org.junit.rules.RuleChain;
import org.junit.rules.TemporaryFolder;
import org.junit.rules.TestName;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * "Create next meeting" on the DM weekly series (examples/series) in a browser: asked for a date whose page exists it
 * says so with a link; for a new date it opens the new page with the open actions carried; syncing the previous page
 * and then the new one gives each action one issue, shown with the same key on both pages.
 */
public class NextMeetingBrowserIT {

    private static final String PREVIOUS = "dm-weekly-2017-11-20.xml";
    private static final String EXISTING = "dm-weekly-2017-11-27.xml";
    private static final String ROWS = "table.agenda-actions-table tr[data-action-id]";

    private final TemporaryFolder folder = new TemporaryFolder();
    private final PreviewFixture preview = new PreviewFixture(folder);
    private final Browser browser = new Browser(1280, 1600);
    private final TestName test = new TestName();

    @Rule
    public final RuleChain rules =
            RuleChain.outerRule(folder).around(preview).around(browser).around(test);

    private static String series(String file) throws IOException {
        return Files.readString(Path.of(System.getProperty("agenda.examples", "../examples"), "series", file));
    }

    private WebElement agendaLoaded() {
        return browser.until(
                driver -> driver.findElements(By.cssSelector("section.agenda[data-statuses-loaded]")).stream()
                        .findFirst()
                        .orElse(null));
    }

    /** Each action row's words and the key that tracks it, once every row shows one. */
    private Map<String, String> keysShown(WebElement agenda, int rows) {
        browser.until(driver -> agenda.findElements(By.cssSelector(ROWS + " [data-tracks-action]"))
                        .size()
                == rows);
        Map<String, String> keys = new TreeMap<>();
        for (WebElement row : agenda.findElements(By.cssSelector(ROWS))) {
            keys.put(
                    row.findElement(By.cssSelector("td:nth-of-type(2)")).getText(),
                    row.findElement(By.cssSelector("[data-tracks-action]")).getAttribute("data-issue-key"));
        }
        return keys;
    }

    @Test
    public void createsTheNextMeetingWithTheOpenActionsAndSyncingBothPagesMakesEachIssueOnce() throws Exception {
        preview.restartWithDefaultProject("DM");
        preview.addPage(EXISTING, series(EXISTING));
        browser.open(preview.addPage(PREVIOUS, series(PREVIOUS)));
        agendaLoaded();
        WebElement form = browser.find("form.preview-next-meeting");
        assertEquals(
                "the same weekday a week on",
                "2017-11-27",
                form.findElement(By.name("date")).getAttribute("value"));

        form.findElement(By.cssSelector("button")).click();

        WebElement existing = browser.until(driver ->
                driver
                        .findElements(By.cssSelector(".preview-next-meeting-result a.preview-next-meeting-existing"))
                        .stream()
                        .findFirst()
                        .orElse(null));
        assertTrue(browser.find(".preview-next-meeting-result")
                .getText()
                .startsWith("The page for 2017-11-27 exists: DM Weekly 2017-11-27."));
        assertEquals(
                "/pages/" + preview.pageId(EXISTING),
                java.net.URI.create(existing.getAttribute("href")).getPath());

        browser.driver.executeScript("arguments[0].value = '2017-12-04';", form.findElement(By.name("date")));
        form.findElement(By.cssSelector("button")).click();

        String made = "/pages/" + preview.pageId("dm-weekly-2017-12-04.xml");
        browser.until(
                driver -> java.net.URI.create(driver.getCurrentUrl()).getPath().equals(made) ? made : null);
        WebElement next = agendaLoaded();
        List<String> carried = next.findElements(By.cssSelector(ROWS + " td:nth-of-type(2)")).stream()
                .map(WebElement::getText)
                .toList();
        assertEquals(
                List.of(
                        "Circulate the LDM-503-3 test specification for review",
                        "Decide on the alert packet schema version",
                        "Book the room for the January face-to-face"),
                carried);
        assertTrue(browser.driver.getPageSource().contains("Open actions from DM Weekly 2017-11-20"));
        assertTrue(preview.read(PREVIOUS).contains(made + "\">DM Weekly 2017-12-04</a></p>"));
        int before = preview.jira.world().issueCount();

        // The previous page first: the carried tasks name no issue yet, so the next page's sync must find the issues
        // the previous page's sync made for the actions they carry.
        String nextUrl = browser.driver.getCurrentUrl();
        browser.open(preview.pageUrl(PREVIOUS));
        WebElement previous = agendaLoaded();
        browser.syncAndConfirm(previous);
        // The parking-lot task is outside the agenda; the agenda's three actions include the two carried from it.
        Map<String, String> onPrevious = keysShown(previous, 3);
        browser.open(nextUrl);
        WebElement again = agendaLoaded();
        browser.syncAndConfirm(again);
        Map<String, String> onNext = keysShown(again, 3);

        assertEquals(
                "four actions, four issues: none made twice",
                4,
                preview.jira.world().issueCount() - before);
        List<String> onBoth =
                onNext.keySet().stream().filter(onPrevious::containsKey).toList();
        assertEquals(carried.subList(0, 2), onBoth);
        onBoth.forEach(text -> assertEquals(text, onNext.get(text), onPrevious.get(text)));
        browser.fitPage();
        browser.screenshot(getClass().getSimpleName() + "-" + test.getMethodName());
    }
}
