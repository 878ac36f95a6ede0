package dev.agenda.preview;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import org.junit.Rule;
import org.junit.Test;
import org.junit.rules.RuleChain;
import org.junit.rules.TemporaryFolder;
import org.junit.rules.TestName;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * A newcomer's first minutes with the preview host, in headless Chromium: the list names meetings by title and date
 * with their open actions (newest first; an unreadable page by file name, with its reason), says where the pages are
 * and how to add one; a past meeting can be seen as during it (its running item shown); and a ticked action loses its
 * overdue mark at once.
 */
public class FirstMinutesBrowserIT {

    private static final String REFERENCE_TITLE = "DM Leadership Team Face-to-Face Meeting, 2017-11-01 to 03";

    private final TemporaryFolder folder = new TemporaryFolder();
    private final PreviewFixture preview = new PreviewFixture(folder);
    private final Browser browser = new Browser(1280, 1200);
    private final TestName test = new TestName();

    @Rule
    public final RuleChain rules =
            RuleChain.outerRule(folder).around(preview).around(browser).around(test);

    @Test
    public void theListShowsMeetingsByTitleAndDateNewestFirstWithOpenActionsAndAnUnreadablePageWithItsReason() {
        preview.addPage(
                "2018-03-weekly.xml",
                preview.read(PreviewFixture.REFERENCE_PAGE)
                        .replace("2017-11-02", "2018-03-01")
                        .replace("2017-11-03", "2018-03-02")
                        .replace("<h1>DM Leadership Team", "<h1>Spring DM Leadership Team"));
        preview.addPage("broken.xml", "<h1>Half a page</h1><p>never closed");

        browser.open(preview.host.baseUrl().toString());

        List<WebElement> meetings = browser.driver.findElements(By.cssSelector("li.preview-meeting"));
        assertEquals(3, meetings.size());
        assertEquals("Spring " + REFERENCE_TITLE, title(meetings.get(0)));
        assertEquals(REFERENCE_TITLE, title(meetings.get(1)));
        String reference = meetings.get(1).getText();
        assertTrue(reference, reference.contains("2 Nov 2017 – 3 Nov 2017"));
        assertTrue(reference, reference.matches("(?s).*· \\d+ open actions · View as during the meeting.*"));
        assertFalse("no file names or ten-digit ids: " + reference, reference.matches("(?s).*(\\.xml|\\d{10}).*"));
        assertEquals("broken.xml", title(meetings.get(2)));
        String reason =
                meetings.get(2).findElement(By.cssSelector(".preview-error")).getText();
        assertTrue(reason, reason.startsWith("broken.xml is not Confluence storage format that can be read: "));
        screenshot();
    }

    @Test
    public void theListSaysWhereThePagesAreAndHowToAddOneWhichAppearsOnReload() {
        browser.open(preview.host.baseUrl().toString());
        String where = browser.find(".preview-where").getText();
        assertTrue(
                where, where.contains(preview.pages.toAbsolutePath().normalize().toString()));
        assertTrue(where, where.contains("copy a Confluence page's storage format"));
        assertTrue(where, where.contains("reload this list"));

        preview.addPage("retro.xml", "<h1>Sprint retro</h1><p>Went well.</p>");
        browser.driver.navigate().refresh();

        assertTrue(browser.driver.findElements(By.cssSelector("li.preview-meeting")).stream()
                .anyMatch(meeting -> title(meeting).equals("Sprint retro")));
    }

    @Test
    public void aPastMeetingCanBeSeenAsDuringItWithItsRunningItemAndTheWayBackToNow() {
        browser.open(preview.host.baseUrl().toString());
        browser.find("li.preview-meeting .preview-as-during").click();

        browser.until(driver -> driver.getCurrentUrl().contains("?at="));
        String notice = browser.find(".preview-shown-as").getText();
        assertTrue(notice, notice.startsWith("Shown as at 09:00 on 2 Nov 2017 (America/Phoenix), not as now"));
        assertEquals(
                "the notice's text starts where the page's own text does",
                textStart("main h1"),
                textStart(".preview-shown-as"));
        // The page script has refreshed the highlight on load by then: it kept to the time the page is shown as at.
        List<WebElement> running = browser.driver.findElements(By.cssSelector("tr.agenda-item--now"));
        assertEquals(1, running.size());
        assertTrue(running.get(0).getText(), running.get(0).getText().contains("Welcome"));
        assertEquals(
                "NOW",
                running.get(0)
                        .findElement(By.cssSelector(".agenda-now-lozenge"))
                        .getText()
                        .toUpperCase(Locale.ROOT));
        screenshot();

        browser.find(".preview-as-now").click();
        browser.until(driver -> !driver.getCurrentUrl().contains("?at="));
        assertTrue(browser.driver
                .findElements(By.cssSelector("tr.agenda-item--now"))
                .isEmpty());
        assertTrue(browser.find(".preview-shown-as").getText().startsWith("This meeting began at 09:00 on 2 Nov 2017"));
    }

    @Test
    public void aBadTimeToShowThePageAtIsA400InWords() {
        String page = preview.pageUrl(PreviewFixture.REFERENCE_PAGE);
        HttpResponse<String> answer = preview.get(page.substring(page.indexOf("/pages/") + 1) + "?at=yesterday");

        assertEquals(400, answer.statusCode());
        assertTrue(answer.body(), answer.body().contains("as at &quot;yesterday&quot;, which is not a date and time"));
        assertTrue(answer.body(), answer.body().contains("2017-11-02T09:00-07:00"));
    }

    @Test
    public void aTickedActionLosesItsOverdueMarkAtOnceAndGetsItBackWhenUnticked() {
        WebElement row = anOverdueActionOfTheReferencePage();
        String actionId = row.getAttribute("data-action-id");
        preview.jira.faults().latency(Duration.ofMillis(1500));

        row.findElement(By.cssSelector(".agenda-tick")).click();

        assertEquals(
                "the mark is gone as the box is ticked, before the tick is answered",
                List.of(true, false),
                overdueShown(actionId));
        browser.until(driver -> driver.findElements(By.cssSelector(".agenda-tick[aria-disabled]"))
                .isEmpty());
        assertEquals(List.of(false, false), overdueShown(actionId));
        screenshot();

        row.findElement(By.cssSelector(".agenda-tick")).click();
        browser.until(driver -> driver.findElements(By.cssSelector(".agenda-tick[aria-disabled]"))
                .isEmpty());
        preview.jira.faults().latency(Duration.ZERO);
        assertEquals("unticked, it is overdue again", List.of(false, true), overdueShown(actionId));
    }

    @Test
    public void aTickThePageRefusesGivesTheActionItsOverdueMarkBack() {
        WebElement row = anOverdueActionOfTheReferencePage();
        String actionId = row.getAttribute("data-action-id");
        String taskId = actionId.substring(actionId.lastIndexOf('/') + 1);
        String page = preview.read(PreviewFixture.REFERENCE_PAGE);
        String withoutTask =
                page.replaceFirst("<ac:task>\\s*<ac:task-id>" + taskId + "</ac:task-id>(?s:.*?)</ac:task>", "");
        assertTrue("the task was taken out of the file", withoutTask.length() < page.length());
        preview.addPage(PreviewFixture.REFERENCE_PAGE, withoutTask);

        row.findElement(By.cssSelector(".agenda-tick")).click();

        String said = browser.until(driver -> {
            String text = row.findElement(By.xpath("ancestor::section[contains(@class,'agenda')]"))
                    .findElement(By.cssSelector(".agenda-live-region"))
                    .getText();
            return text.startsWith("Not ticked") ? text : null;
        });
        assertFalse(
                "the box is unticked again: " + said,
                row.findElement(By.cssSelector(".agenda-tick")).isSelected());
        assertEquals("overdue again, as the tick was refused", List.of(false, true), overdueShown(actionId));
    }

    /** Where an element's text starts, in CSS pixels from the left of the window. */
    private long textStart(String css) {
        Object left = browser.driver.executeScript(
                "var box = document.querySelector(arguments[0]);"
                        + " return Math.round(box.getBoundingClientRect().left"
                        + " + parseFloat(getComputedStyle(box).paddingLeft));",
                css);
        return ((Number) left).longValue();
    }

    /** Opens the reference page and answers the row of an action it shows overdue (due in 2017 or 2018, open). */
    private WebElement anOverdueActionOfTheReferencePage() {
        browser.open(preview.pageUrl(PreviewFixture.REFERENCE_PAGE));
        browser.until(driver -> driver.findElements(By.cssSelector("section.agenda[data-statuses-loaded]"))
                        .size()
                == 2);
        return browser.driver.findElements(By.cssSelector("table.agenda-actions-table tr[data-action-id]")).stream()
                .filter(each -> !each.findElements(By.cssSelector(".agenda-overdue-word"))
                        .isEmpty())
                .findFirst()
                .orElseThrow(() -> new AssertionError("the reference page has open actions due in 2017/18"));
    }

    /** [whether the tick is still waiting for its answer, whether the action's row still shows it overdue]. */
    @SuppressWarnings("unchecked")
    private List<Boolean> overdueShown(String actionId) {
        return (List<Boolean>) browser.driver.executeScript(
                "var id = arguments[0];"
                        + "var row = Array.prototype.filter.call(document.querySelectorAll("
                        + "'table.agenda-actions-table tr[data-action-id]'),"
                        + " function (r) { return r.getAttribute('data-action-id') === id; })[0];"
                        + "var word = row.querySelector('.agenda-overdue-word');"
                        + "return [row.querySelector('.agenda-tick').getAttribute('aria-disabled') === 'true',"
                        + " !!row.querySelector('time.agenda-date--overdue') || (!!word && !word.hidden"
                        + " && word.offsetParent !== null)];",
                actionId);
    }

    private static String title(WebElement meeting) {
        return meeting.findElement(By.cssSelector(".preview-meeting-title")).getText();
    }

    private void screenshot() {
        browser.fitPage();
        browser.screenshot(getClass().getSimpleName() + "-" + test.getMethodName());
    }
}
