package dev.agenda.preview;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import org.junit.Rule;
import org.junit.Test;
import org.junit.rules.RuleChain;
import org.junit.rules.TemporaryFolder;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * Two people in two headless Chromium browsers, signed in to one preview host with their own sign-in links, looking at
 * the reference page: each sees Jira as Jira shows them. John may not browse the DM project. Screenshots go under
 * target/screenshots.
 */
public class SignInBrowserIT {

    private static final String REFERENCE = "td.agenda-notes [data-issue-key='DM-12813']";

    private final TemporaryFolder folder = new TemporaryFolder();
    private final PreviewFixture preview = PreviewFixture.signingIn(folder, "womullane", "swinbank");
    private final Browser wil = new Browser(1280, 1400);
    private final Browser john = new Browser(1280, 1400);

    @Rule
    public final RuleChain rules =
            RuleChain.outerRule(folder).around(preview).around(wil).around(john);

    @Test
    public void twoPeopleSignedInSeeTheSamePageAsJiraShowsEachOfThemAndSigningOutLocksThePage() {
        preview.jira.world().hideProject("swinbank", "DM");
        String page = preview.pageUrl(PreviewFixture.REFERENCE_PAGE);

        john.open(page);
        assertTrue(
                "sent to sign in first: " + john.driver.getCurrentUrl(),
                john.driver.getCurrentUrl().endsWith("/sign-in"));
        signIn(wil, "womullane");
        signIn(john, "swinbank");
        wil.open(page);
        john.open(page);
        waitForStatuses(wil);
        waitForStatuses(john);

        WebElement wilSees = wil.find(REFERENCE);
        assertEquals(
                "IN PROGRESS",
                wilSees.findElement(By.cssSelector("[data-status-for]")).getText());
        assertTrue(wilSees.getText().contains("Define the metadata pipeline outputs"));
        assertTrue(wil.find(".preview-user").getText().contains("Wil O'Mullane"));
        WebElement johnSees = john.find(REFERENCE);
        assertEquals(
                "NO SUCH PROJECT",
                johnSees.findElement(By.cssSelector("[data-status-for]")).getText());
        assertFalse("never Wil's summary", johnSees.getText().contains("Define the metadata pipeline outputs"));
        assertTrue(john.find(".preview-user").getText().contains("John Swinbank"));
        screenshot(wil, "wil");
        screenshot(john, "john");

        john.find(".preview-sign-out button").click();
        john.until(driver -> driver.getCurrentUrl().endsWith("/sign-in"));
        john.open(page);
        assertTrue(
                "signed out, the page is closed to him",
                john.driver.getCurrentUrl().endsWith("/sign-in"));
    }

    private void signIn(Browser browser, String username) {
        browser.open(preview.host
                .baseUrl()
                .resolve(preview.host.signInLinks().get(username).substring(1))
                .toString());
        browser.screenshot(getClass().getSimpleName() + "-sign-in-" + username);
        browser.find(".preview-sign-in button[type=submit]").click();
        browser.until(
                driver -> !driver.findElements(By.cssSelector(".preview-pages")).isEmpty());
    }

    private static void waitForStatuses(Browser browser) {
        browser.until(driver -> driver.findElements(By.cssSelector("section.agenda[data-statuses-loaded]"))
                        .size()
                == driver.findElements(By.cssSelector("section.agenda[data-agenda-live]"))
                        .size());
    }

    private void screenshot(Browser browser, String who) {
        browser.fitPage();
        browser.screenshot(getClass().getSimpleName() + "-" + who);
    }
}
