package dev.agenda.preview;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import org.junit.Rule;
import org.junit.Test;
import org.junit.rules.RuleChain;
import org.junit.rules.TemporaryFolder;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * "New meeting page" in a browser: from the page list, through the form, to the new page rendered from the
 * blueprint's template, with its agenda's calendar link.
 */
public class NewMeetingPageBrowserIT {

    private final TemporaryFolder folder = new TemporaryFolder();
    private final PreviewFixture preview = new PreviewFixture(folder);
    private final Browser browser = new Browser(1280, 900);

    @Rule
    public final RuleChain rules = RuleChain.outerRule(folder).around(preview).around(browser);

    @Test
    public void aTitleAndADateMakeAMeetingPageThatOpensWithItsStarterAgenda() {
        browser.open(preview.host.baseUrl().toString());
        browser.find("a.preview-new-page").click();
        browser.until(driver -> !driver.findElements(By.id("new-page-title")).isEmpty());

        browser.find("#new-page-title").sendKeys("DM Weekly 2017-12-04");
        WebElement date = browser.find("#new-page-date");
        browser.driver.executeScript("arguments[0].value = '2017-12-04';", date);
        browser.find("form.preview-new-page-form button[type=submit]").click();
        browser.until(driver -> driver.getCurrentUrl().contains("/pages/"));
        browser.until(
                driver -> !driver.findElements(By.cssSelector("section.agenda")).isEmpty());

        long id = preview.pageId("dm-weekly-2017-12-04.xml");
        assertTrue(
                browser.driver.getCurrentUrl(), browser.driver.getCurrentUrl().endsWith("/pages/" + id));
        assertTrue(browser.find("section.agenda").getText().contains("Review outstanding actions"));
        assertEquals(
                "/rest/agenda/1.0/pages/" + id + "/agenda.ics",
                browser.find("p.agenda-calendar-link a").getDomAttribute("href"));
        browser.screenshot("NewMeetingPageBrowserIT");
    }
}
