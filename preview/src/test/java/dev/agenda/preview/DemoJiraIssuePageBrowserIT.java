package dev.agenda.preview;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import dev.agenda.jira.fake.FakeJiraHttpServer;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.ZoneId;
import java.util.Locale;
import java.util.Optional;
import org.junit.Rule;
import org.junit.Test;
import org.junit.rules.ExternalResource;
import org.junit.rules.RuleChain;
import org.junit.rules.TemporaryFolder;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;

/**
 * The demo Jira {@code serve} starts when no {@code --jira} is given: an issue key on the meeting page opens a
 * readable issue page there, not the API's JSON. The reference page is synced against it in headless Chromium, an
 * action is ticked, and its key leads to its summary, its status Done, the transition in its history and the link
 * back to the meeting page, under the preview host's own security headers.
 */
public class DemoJiraIssuePageBrowserIT {

    private final TemporaryFolder folder = new TemporaryFolder();
    private final DemoHost preview = new DemoHost(folder);
    private final Browser browser = new Browser(1280, 1400);

    @Rule
    public final RuleChain rules = RuleChain.outerRule(folder).around(preview).around(browser);

    @Test
    public void aTickedActionsKeyOpensItsIssuePageWithItsStatusItsHistoryAndTheWayBack() throws Exception {
        FakeJiraHttpServer demo = preview.host.demoJira().orElseThrow();
        String pageUrl = preview.pageUrl();
        String actionId = preview.pageId() + "/3";
        browser.open(pageUrl);
        browser.until(driver -> driver.findElements(By.cssSelector("section.agenda[data-statuses-loaded]"))
                        .size()
                == driver.findElements(By.cssSelector("section.agenda[data-agenda-live]"))
                        .size());
        WebElement box = byAttribute("table.agenda-actions-table .agenda-tick", "data-action-id", actionId);
        WebElement agenda = box.findElement(By.xpath("ancestor::section[contains(@class, 'agenda')][1]"));
        browser.syncAndConfirm(agenda);
        browser.until(driver -> agenda.findElement(By.cssSelector(".agenda-live-region"))
                .getText()
                .startsWith("Synced with Jira"));
        WebElement tracking = byAttribute("[data-tracks-action]", "data-tracks-action", actionId);
        String key = tracking.getAttribute("data-issue-key");

        byAttribute("table.agenda-actions-table .agenda-tick", "data-action-id", actionId)
                .sendKeys(Keys.SPACE);
        browser.until(driver -> statusOf(actionId).equals("DONE"));
        WebElement link = byAttribute("[data-tracks-action]", "data-tracks-action", actionId)
                .findElement(By.cssSelector("a.agenda-issue-key"));
        assertEquals(demo.baseUrl() + "/browse/" + key, link.getAttribute("href"));
        link.click();

        browser.until(driver -> driver.getCurrentUrl().endsWith("/browse/" + key));
        String summary = demo.world().state(key).orElseThrow().summary();
        assertEquals(summary, browser.find("#summary").getText());
        assertEquals("DONE", browser.find("#status .lozenge").getText().toUpperCase(Locale.ROOT));
        String transition = browser.find("#history .transition").getText();
        assertTrue(transition, transition.startsWith("To Do → Done, "));
        WebElement back = browser.find("#links a");
        assertEquals(
                "the meeting page, at the address the host gives its pages",
                "http://localhost:" + preview.host.baseUrl().getPort() + "/pages/" + preview.pageId(),
                back.getAttribute("href"));
        browser.fitPage();
        browser.screenshot(getClass().getSimpleName());

        back.click();
        browser.until(driver -> driver.getCurrentUrl().endsWith("/pages/" + preview.pageId()));
        assertTrue(browser.find("table.agenda-actions-table").isDisplayed());
    }

    @Test
    public void theDemoJirasIssuePagesCarryThePreviewHostsSecurityHeaders() throws Exception {
        FakeJiraHttpServer demo = preview.host.demoJira().orElseThrow();
        HttpResponse<String> page = HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(URI.create(demo.baseUrl() + "/browse/DM-12813"))
                                .build(),
                        HttpResponse.BodyHandlers.ofString());
        HttpResponse<String> missing = HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(URI.create(demo.baseUrl() + "/browse/DM-1"))
                                .build(),
                        HttpResponse.BodyHandlers.ofString());

        for (HttpResponse<String> answer : java.util.List.of(page, missing)) {
            assertEquals(
                    SecurityHeaders.CONTENT_SECURITY_POLICY,
                    answer.headers().firstValue("Content-Security-Policy").orElse(""));
            assertEquals("DENY", answer.headers().firstValue("X-Frame-Options").orElse(""));
            assertEquals(
                    "nosniff",
                    answer.headers().firstValue("X-Content-Type-Options").orElse(""));
            assertEquals(
                    "same-origin",
                    answer.headers().firstValue("Referrer-Policy").orElse(""));
            assertEquals(
                    "no-store", answer.headers().firstValue("Cache-Control").orElse(""));
        }
        assertEquals(200, page.statusCode());
        assertEquals(404, missing.statusCode());
        assertTrue(missing.body(), missing.body().contains("has no issue with the key DM-1."));
    }

    private String statusOf(String actionId) {
        return byAttribute("[data-tracks-action]", "data-tracks-action", actionId)
                .findElement(By.cssSelector("[data-status-for]"))
                .getText()
                .toUpperCase(Locale.ROOT);
    }

    private WebElement byAttribute(String css, String attribute, String value) {
        return browser.until(driver -> driver.findElements(By.cssSelector(css)).stream()
                .filter(element -> value.equals(element.getAttribute(attribute)))
                .findFirst()
                .orElse(null));
    }

    /** A preview host as {@code agenda serve} without {@code --jira} starts it: over the demo Jira it starts itself. */
    private static final class DemoHost extends ExternalResource {
        private final TemporaryFolder folder;
        private Path pages;
        PreviewHost host;

        DemoHost(TemporaryFolder folder) {
            this.folder = folder;
        }

        @Override
        protected void before() throws IOException {
            pages = folder.newFolder("pages").toPath();
            Path examples = Path.of(System.getProperty("agenda.examples", "../examples"));
            Files.copy(examples.resolve(PreviewFixture.REFERENCE_PAGE), pages.resolve(PreviewFixture.REFERENCE_PAGE));
            Files.copy(examples.resolve("users.csv"), pages.resolve("users.csv"));
            host = PreviewHost.start(new PreviewSettings(
                    pages,
                    0,
                    folder.newFolder("data").toPath(),
                    Optional.empty(),
                    new JiraChoice.Demo(Duration.ZERO),
                    Viewers.only("womullane"),
                    Clock.systemUTC(),
                    ZoneId.of("America/Phoenix"),
                    PreviewFixture.quickRetries(),
                    Optional.empty()));
        }

        @Override
        protected void after() {
            if (host != null) {
                host.close();
            }
        }

        long pageId() {
            return PageFiles.idOf(pages.resolve(PreviewFixture.REFERENCE_PAGE));
        }

        String pageUrl() {
            return host.baseUrl().resolve("pages/" + pageId()).toString();
        }
    }
}
