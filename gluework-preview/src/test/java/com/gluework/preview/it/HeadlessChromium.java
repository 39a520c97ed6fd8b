package com.gluework.preview.it;

import org.junit.rules.TemporaryFolder;
import org.junit.rules.TestRule;
import org.junit.runner.Description;
import org.junit.runners.model.Statement;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.logging.Level;
import java.util.stream.Stream;

/**
 * Headless Chromium for one test ({@code @Rule}): a fresh profile, the browser console collected, and a screenshot
 * under {@code target/failsafe-reports} when the test ends, so a failure can be seen.
 *
 * <p>Two checks belong to the rule rather than to each test, so no browser test can forget them:
 * <ul>
 *   <li>A test that passes still fails when the browser console reported an error (a script error, a blocked resource,
 *       a Content-Security-Policy violation) that the test did not announce with {@link #expectConsoleErrors}.</li>
 *   <li>A machine without Chromium or chromedriver fails the test, with the command that installs them: a skipped
 *       browser test looks green in CI and hides exactly the bugs only a browser finds.</li>
 * </ul>
 * {@link #assertAccessible} runs axe-core on the page in the browser ({@link AxeAudit}).
 */
public final class HeadlessChromium implements TestRule {
    /** The one line that installs what these tests need on Debian and Ubuntu; failure messages quote it. */
    public static final String INSTALL_COMMAND = "sudo apt-get install -y chromium chromium-driver";

    // Debian's packages put both here; Ubuntu's chromium-browser and the chromedriver inside the chromium folder
    // are the other common places. -Dgluework.chromium / -Dgluework.chromedriver point anywhere else.
    private static final List<String> CHROMIUM_CANDIDATES = List.of("/usr/bin/chromium", "/usr/bin/chromium-browser");
    private static final List<String> CHROMEDRIVER_CANDIDATES = List.of("/usr/bin/chromedriver", "/usr/lib/chromium/chromedriver");

    private static final Duration WAIT = Duration.ofSeconds(15);
    private static final int DEFAULT_WINDOW_HEIGHT = 1000;

    private final String screenshotName;
    private final int windowHeight;
    private final Optional<Path> chromiumOverride;
    private final Optional<Path> chromedriverOverride;
    private final List<String> consoleErrors = new ArrayList<>();
    private final List<String> expectedConsoleErrors = new ArrayList<>();
    private TemporaryFolder profile;
    private WebDriver driver;
    private WebDriverWait wait;

    public HeadlessChromium(String screenshotName) {
        this(screenshotName, DEFAULT_WINDOW_HEIGHT);
    }

    /** A taller window, for a page whose screenshot should show more than the first screen. */
    public HeadlessChromium(String screenshotName, int windowHeight) {
        this(screenshotName, windowHeight, property("gluework.chromium"), property("gluework.chromedriver"));
    }

    private HeadlessChromium(String screenshotName, int windowHeight, Optional<Path> chromium, Optional<Path> chromedriver) {
        this.screenshotName = screenshotName;
        this.windowHeight = windowHeight;
        this.chromiumOverride = chromium;
        this.chromedriverOverride = chromedriver;
    }

    /** The same rule with the browser and driver at the given paths (how the missing-browser case is tested). */
    static HeadlessChromium at(String screenshotName, Path chromium, Path chromedriver) {
        return new HeadlessChromium(screenshotName, DEFAULT_WINDOW_HEIGHT, Optional.of(chromium), Optional.of(chromedriver));
    }

    @Override
    public Statement apply(Statement base, Description description) {
        return new Statement() {
            @Override
            public void evaluate() throws Throwable {
                start();
                try {
                    base.evaluate();
                    assertNoUnexpectedConsoleErrors();
                } catch (Throwable failure) {
                    // The test's own failure is the message; what the console said may explain it.
                    if (driver != null) {
                        collectConsoleErrors();
                        consoleErrors.forEach(e -> System.err.println("[browser console] " + e));
                    }
                    throw failure;
                } finally {
                    stop();
                }
            }
        };
    }

    public WebDriver driver() {
        return driver;
    }

    public WebDriverWait await() {
        return wait;
    }

    /**
     * Console errors this test provokes on purpose (e.g. {@code "status of 403"} when it checks that the server
     * refuses something): entries containing one of these are not failures. Everything else still is.
     */
    public void expectConsoleErrors(String... fragments) {
        expectedConsoleErrors.addAll(List.of(fragments));
    }

    /** Every console error so far (script errors, blocked resources, CSP violations), expected or not. */
    public List<String> consoleErrors() {
        collectConsoleErrors();
        return List.copyOf(consoleErrors);
    }

    /** Console errors so far that the test did not announce with {@link #expectConsoleErrors}. */
    public List<String> unexpectedConsoleErrors() {
        return consoleErrors().stream().filter(e -> expectedConsoleErrors.stream().noneMatch(e::contains)).toList();
    }

    /** Runs axe-core's WCAG 2.1 A and AA rules on the current page and fails with every violation found. */
    public void assertAccessible(String page) {
        AxeAudit.assertNoViolations(driver, page);
    }

    private void assertNoUnexpectedConsoleErrors() {
        List<String> unexpected = unexpectedConsoleErrors();
        if (!unexpected.isEmpty()) {
            throw new AssertionError("The browser console reported " + unexpected.size() + " error(s):\n  "
                    + String.join("\n  ", unexpected));
        }
    }

    /** The driver hands each log entry out once, so entries are kept here as they are read. */
    private void collectConsoleErrors() {
        driver.manage().logs().get(LogType.BROWSER).getAll().stream()
                .filter(e -> e.getLevel().intValue() >= Level.SEVERE.intValue())
                .map(LogEntry::getMessage)
                .filter(m -> !m.contains("favicon.ico"))
                .forEach(consoleErrors::add);
    }

    private void start() throws Throwable {
        Path chromium = chromiumOverride.orElseGet(() -> firstExisting(CHROMIUM_CANDIDATES));
        Path chromedriver = chromedriverOverride.orElseGet(() -> firstExisting(CHROMEDRIVER_CANDIDATES));
        List<String> missing = Stream.of(chromium, chromedriver).filter(p -> !Files.isExecutable(p)).map(Path::toString).toList();
        if (!missing.isEmpty()) {
            throw new AssertionError("The browser tests need headless Chromium and chromedriver, and this machine has no "
                    + String.join(" and no ", missing) + ". On Debian/Ubuntu install them with:\n    " + INSTALL_COMMAND
                    + "\nElsewhere, point the tests at both with -Dgluework.chromium=PATH -Dgluework.chromedriver=PATH.");
        }
        profile = new TemporaryFolder();
        profile.create();
        ChromeOptions options = new ChromeOptions();
        options.setBinary(chromium.toFile());
        // 1400 px wide: the preview's right column is then as narrow as Jira's issue view makes it.
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--disable-quic",
                "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--window-size=1400," + windowHeight, "--user-data-dir=" + profile.getRoot().getAbsolutePath());
        LoggingPreferences logs = new LoggingPreferences();
        logs.enable(LogType.BROWSER, Level.ALL);
        options.setCapability("goog:loggingPrefs", logs);
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(chromedriver.toFile())
                .usingAnyFreePort().build();
        try {
            driver = new ChromeDriver(service, options);
        } catch (WebDriverException e) {
            profile.delete();
            throw new AssertionError("Could not start headless Chromium (" + chromium + ") with " + chromedriver
                    + ". The two must be the same version (compare `" + chromium + " --version` and `" + chromedriver
                    + " --version`); on Debian/Ubuntu install matching ones with:\n    " + INSTALL_COMMAND, e);
        }
        // The panel swaps its body after every change, so an element found a moment ago may just have been replaced.
        wait = new WebDriverWait(driver, WAIT);
        wait.ignoring(StaleElementReferenceException.class);
    }

    private void stop() {
        try {
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
        } finally {
            if (profile != null) {
                profile.delete();
            }
        }
    }

    private static Path firstExisting(List<String> candidates) {
        return candidates.stream().map(Path::of).filter(Files::isExecutable).findFirst().orElse(Path.of(candidates.get(0)));
    }

    private static Optional<Path> property(String name) {
        return Optional.ofNullable(System.getProperty(name)).filter(v -> !v.isBlank()).map(Path::of);
    }
}
