package dev.agenda.preview;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.Rule;
import org.junit.Test;
import org.junit.rules.RuleChain;
import org.junit.rules.TemporaryFolder;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

/**
 * The preview's Actions page over the DM Weekly series, in headless Chromium: reached from the page list, filtered by
 * its form (assignee and open), the matching rows by due date, and — once the first meeting is synced — the status of
 * its issue filled in from the demo Jira by the page script.
 */
public class RegisterBrowserIT {

    private static final List<String> SERIES =
            List.of("dm-weekly-2017-11-13.xml", "dm-weekly-2017-11-20.xml", "dm-weekly-2017-11-27.xml");

    private final TemporaryFolder folder = new TemporaryFolder();
    private final PreviewFixture preview = new PreviewFixture(folder);
    private final Browser browser = new Browser(1280, 1200);

    @Rule
    public final RuleChain rules = RuleChain.outerRule(folder).around(preview).around(browser);

    @Test
    public void filterByAssigneeAndOpenThenSeeJirasStatusAfterASync() throws IOException {
        Path examples = Path.of(System.getProperty("agenda.examples", "../examples"), "series");
        for (String file : SERIES) {
            preview.addPage(file, Files.readString(examples.resolve(file)));
        }
        browser.open(preview.pageUrl(SERIES.get(0)));
        WebElement agenda = browser.until(
                driver -> driver.findElements(By.cssSelector("section.agenda[data-statuses-loaded]")).stream()
                        .findFirst()
                        .orElse(null));
        browser.syncAndConfirm(agenda);
        browser.until(driver -> agenda.findElement(By.cssSelector(".agenda-live-region"))
                .getText()
                .startsWith("Synced with Jira"));

        browser.open(preview.host.baseUrl().toString());
        browser.find("a.preview-actions-link").click();
        browser.until(driver -> driver.getCurrentUrl().endsWith("/actions"));
        browser.find("input[name=assignee]").sendKeys("gpdf");
        new Select(browser.find("select[name=state]")).selectByValue("open");
        browser.find("form.preview-register-filters button[type=submit]").click();

        browser.until(driver -> driver.getCurrentUrl().contains("assignee=gpdf"));
        browser.until(driver -> !driver.findElements(By.cssSelector("section.agenda-register[data-register-checked]"))
                .isEmpty());
        List<WebElement> all = browser.driver.findElements(By.cssSelector("tr.agenda-register-row"));
        assertTrue(all.stream().allMatch(row -> row.getText().contains("Gregory Dubois-Felsmann")));
        // The pages directory also holds the reference page; the series' rows are these two, in due order.
        List<WebElement> rows =
                all.stream().filter(row -> row.getText().contains("DM Weekly")).toList();
        assertEquals(2, rows.size());
        assertTrue(rows.get(0).getText(), rows.get(0).getText().contains("Draft the SUIT metadata list"));
        assertTrue(rows.get(0).getText(), rows.get(0).getText().contains("DM Weekly 2017-11-13"));
        assertTrue(rows.get(0).getText(), rows.get(0).getText().contains("DM-12813"));
        assertEquals(
                "the linked issue's status, from the demo Jira",
                "In Progress",
                rows.get(0)
                        .findElement(By.cssSelector("[data-register-status]"))
                        .getText());
        assertTrue(rows.get(1).getText(), rows.get(1).getText().contains("Write up the notebook aspect user feedback"));
        assertEquals(
                "an action without an issue: the page's tick",
                "Open",
                rows.get(1)
                        .findElement(By.cssSelector("[data-register-status]"))
                        .getText());
        browser.fitPage();
        browser.screenshot("RegisterBrowserIT");
    }
}
