package dev.agenda.preview;

import static org.junit.Assume.assumeTrue;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.function.Function;
import org.junit.rules.ExternalResource;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Headless Chromium from Debian's {@code chromium} and {@code chromium-driver} packages, driven by Selenium (no
 * Selenium Manager download: the driver is named). Where the browser is not installed the tests are skipped — except
 * in CI ({@code CI=true}), where {@code .ci/run} installs it, so a missing browser fails the build instead of hiding.
 */
final class Browser extends ExternalResource {

    static final String CHROMIUM = System.getProperty("agenda.chromium", "/usr/bin/chromium");
    static final String CHROMEDRIVER = System.getProperty("agenda.chromedriver", "/usr/bin/chromedriver");
    private static final Duration PATIENCE = Duration.ofSeconds(15);
    private static final Duration POLL = Duration.ofMillis(50);

    private final int width;
    private final int height;
    ChromeDriver driver;

    Browser(int width, int height) {
        this.width = width;
        this.height = height;
    }

    @Override
    protected void before() {
        boolean installed = new File(CHROMIUM).canExecute() && new File(CHROMEDRIVER).canExecute();
        if (!installed && "true".equals(System.getenv("CI"))) {
            throw new IllegalStateException("CI must install chromium and chromium-driver (" + CHROMIUM + ", "
                    + CHROMEDRIVER + "); see .ci/run");
        }
        assumeTrue("headless Chromium is not installed (apt-get install -y chromium chromium-driver)", installed);
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM);
        options.addArguments(
                "--headless=new",
                "--no-sandbox",
                "--disable-gpu",
                "--disable-dev-shm-usage",
                "--window-size=" + width + "," + height,
                "--lang=en-GB");
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File(CHROMEDRIVER))
                .usingAnyFreePort()
                .build();
        driver = new ChromeDriver(service, options);
    }

    @Override
    protected void after() {
        if (driver != null) {
            driver.quit();
        }
    }

    WebDriver open(String url) {
        driver.get(url);
        return driver;
    }

    /** Waits (polling the page, as Selenium does) until the condition holds, failing after a generous bound. */
    <T> T until(Function<WebDriver, T> condition) {
        return new WebDriverWait(driver, PATIENCE).pollingEvery(POLL).until(condition::apply);
    }

    /**
     * Presses this agenda's Sync from the keyboard and, when the page first shows what the sync would create and asks
     * to confirm, confirms from the keyboard on the button the focus moved to; returns once the sync itself has begun
     * (or, for a sync that creates nothing, has been sent without a question).
     */
    void syncAndConfirm(WebElement agenda) {
        // The key is handled after sendKeys returns; the agenda says which way its dry run went once it has answered.
        driver.executeScript("arguments[0].removeAttribute('data-agenda-dry-run');", agenda);
        agenda.findElement(By.cssSelector(".agenda-sync-button")).sendKeys(Keys.ENTER);
        String outcome = until(driver -> agenda.getAttribute("data-agenda-dry-run"));
        if (outcome.equals("asked")) {
            WebElement focused = driver.switchTo().activeElement();
            if (!focused.getAttribute("class").contains("agenda-sync-confirm")) {
                throw new IllegalStateException("the confirm button does not have the focus: " + focused.getText());
            }
            focused.sendKeys(Keys.ENTER);
            // The preview goes as the sync begins.
            until(driver ->
                    agenda.findElements(By.cssSelector(".agenda-sync-preview")).isEmpty() ? "confirmed" : null);
        }
    }

    WebElement find(String css) {
        return driver.findElement(By.cssSelector(css));
    }

    /** Saves what the browser shows under target/screenshots. */
    Path screenshot(String name) {
        try {
            Path directory = Path.of("target", "screenshots");
            Files.createDirectories(directory);
            Path file = directory.resolve(name + ".png");
            File shot = driver.getScreenshotAs(OutputType.FILE);
            Files.copy(shot.toPath(), file, StandardCopyOption.REPLACE_EXISTING);
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Makes the window as tall as the page, so a screenshot shows all of it. */
    void fitPage() {
        Object height = driver.executeScript("return document.documentElement.scrollHeight;");
        int currentWidth = driver.manage().window().getSize().getWidth();
        driver.manage().window().setSize(new org.openqa.selenium.Dimension(currentWidth, ((Number) height).intValue()));
    }
}
