package com.gluework.preview.it;

import org.junit.After;
import org.junit.Before;
import org.junit.ClassRule;
import org.junit.Rule;
import org.junit.Test;
import org.junit.rules.TemporaryFolder;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.logging.Level;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

/**
 * The panel in a real browser: headless Chromium opens GW-1 in the preview, picks a demo user with the switcher,
 * records glue through the panel's form, sees it appear without a page load, reloads, and still sees it.
 */
public class PanelBrowserIT {
    private static final String CHROMIUM = "/usr/bin/chromium";
    private static final String CHROMEDRIVER = "/usr/bin/chromedriver";
    private static final Duration WAIT = Duration.ofSeconds(15);

    @ClassRule
    public static final RunningPreview PREVIEW = new RunningPreview();

    @Rule
    public final TemporaryFolder profile = new TemporaryFolder();

    private WebDriver browser;
    private WebDriverWait wait;

    @Before
    public void openBrowser() {
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM);
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--disable-quic",
                "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--window-size=1400,1000", "--user-data-dir=" + profile.getRoot().getAbsolutePath());
        LoggingPreferences logs = new LoggingPreferences();
        logs.enable(LogType.BROWSER, Level.ALL);
        options.setCapability("goog:loggingPrefs", logs);
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(new File(CHROMEDRIVER))
                .usingAnyFreePort().build();
        browser = new ChromeDriver(service, options);
        wait = new WebDriverWait(browser, WAIT);
    }

    @After
    public void closeBrowser() throws Exception {
        if (browser != null) {
            Path shot = Path.of("target", "failsafe-reports", "PanelBrowserIT.png");
            Files.createDirectories(shot.getParent());
            Files.write(shot, ((TakesScreenshot) browser).getScreenshotAs(OutputType.BYTES));
            browser.quit();
        }
    }

    @Test
    public void recordGlue_shouldShowItInThePanelAndKeepItAfterAReload() {
        // given GW-1, as bob, chosen with the user switcher
        browser.get(PREVIEW.url("/browse/GW-1").toString());
        new Select(wait.until(ExpectedConditions.elementToBeClickable(By.id("preview-user")))).selectByValue("bob");
        WebElement panel = wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".gluework-panel")));
        int before = panel.findElements(By.cssSelector(".gluework-contribution")).size();
        String summary = "Paired with carol on the <b>retry</b> lock " + System.nanoTime();

        // when bob records glue through the panel
        panel.findElement(By.cssSelector(".gluework-record-toggle")).click();
        WebElement form = wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".gluework-record-form")));
        new Select(form.findElement(By.name("categoryKey"))).selectByValue("mentoring");
        form.findElement(By.name("summary")).sendKeys(summary);
        form.findElement(By.name("impact")).sendKeys("carol shipped the lock change a day early");
        form.findElement(By.cssSelector(".gluework-save")).click();

        // then it appears in the panel, as text, without a page load
        wait.until(ExpectedConditions.numberOfElementsToBe(By.cssSelector(".gluework-panel .gluework-contribution"), before + 1));
        assertTrue(summaries().contains(summary));
        assertTrue(browser.findElements(By.cssSelector(".gluework-summary b")).isEmpty());

        // and it is still there after a reload
        browser.navigate().refresh();
        wait.until(ExpectedConditions.numberOfElementsToBe(By.cssSelector(".gluework-panel .gluework-contribution"), before + 1));
        assertTrue(summaries().contains(summary));
        assertEquals("Bob Adeyemi", new Select(browser.findElement(By.id("preview-user"))).getFirstSelectedOption().getText());
        assertEquals(List.of(), pageErrors());
    }

    private List<String> summaries() {
        return browser.findElements(By.cssSelector(".gluework-panel .gluework-summary")).stream().map(WebElement::getText).toList();
    }

    /** Script errors and blocked resources, as the browser console reported them. */
    private List<String> pageErrors() {
        return browser.manage().logs().get(LogType.BROWSER).getAll().stream()
                .filter(e -> e.getLevel().intValue() >= Level.SEVERE.intValue())
                .map(LogEntry::getMessage)
                .filter(m -> !m.contains("favicon.ico"))
                .toList();
    }
}
