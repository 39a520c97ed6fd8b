package com.gluework.preview.it;

import org.junit.rules.ExternalResource;
import org.junit.rules.TemporaryFolder;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.logging.Level;

/**
 * Headless Chromium for one test ({@code @Rule}): a fresh profile, the browser console collected, and a screenshot
 * under {@code target/failsafe-reports} when the test ends, so a failure can be seen.
 */
public final class HeadlessChromium extends ExternalResource {
    private static final String CHROMIUM = "/usr/bin/chromium";
    private static final String CHROMEDRIVER = "/usr/bin/chromedriver";
    private static final Duration WAIT = Duration.ofSeconds(15);

    private static final int DEFAULT_WINDOW_HEIGHT = 1000;

    private final String screenshotName;
    private final int windowHeight;
    private final TemporaryFolder profile = new TemporaryFolder();
    private WebDriver driver;
    private WebDriverWait wait;

    public HeadlessChromium(String screenshotName) {
        this(screenshotName, DEFAULT_WINDOW_HEIGHT);
    }

    /** A taller window, for a page whose screenshot should show more than the first screen. */
    public HeadlessChromium(String screenshotName, int windowHeight) {
        this.screenshotName = screenshotName;
        this.windowHeight = windowHeight;
    }

    @Override
    protected void before() throws Throwable {
        profile.create();
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM);
        // 1400 px wide: the preview's right column is then as narrow as Jira's issue view makes it.
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--disable-quic",
                "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--window-size=1400," + windowHeight, "--user-data-dir=" + profile.getRoot().getAbsolutePath());
        LoggingPreferences logs = new LoggingPreferences();
        logs.enable(LogType.BROWSER, Level.ALL);
        options.setCapability("goog:loggingPrefs", logs);
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(new File(CHROMEDRIVER))
                .usingAnyFreePort().build();
        driver = new ChromeDriver(service, options);
        // The panel swaps its body after every change, so an element found a moment ago may just have been replaced.
        wait = new WebDriverWait(driver, WAIT);
        wait.ignoring(StaleElementReferenceException.class);
    }

    @Override
    protected void after() {
        if (driver != null) {
            try {
                Path shot = Path.of("target", "failsafe-reports", screenshotName + ".png");
                Files.createDirectories(shot.getParent());
                Files.write(shot, ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES));
            } catch (Exception e) {
                // a missing screenshot must not hide the test's own outcome
            } finally {
                driver.quit();
            }
        }
        profile.delete();
    }

    public WebDriver driver() {
        return driver;
    }

    public WebDriverWait await() {
        return wait;
    }

    /** Script errors and blocked resources, as the browser console reported them. */
    public List<String> pageErrors() {
        return driver.manage().logs().get(LogType.BROWSER).getAll().stream()
                .filter(e -> e.getLevel().intValue() >= Level.SEVERE.intValue())
                .map(LogEntry::getMessage)
                .filter(m -> !m.contains("favicon.ico"))
                .toList();
    }
}
