package com.gluework.preview.it;

import org.junit.Before;
import org.junit.ClassRule;
import org.junit.Rule;
import org.junit.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Cookie;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

/**
 * The "Glue wins" page in a real browser: headless Chromium opens it from the issue page's navigation, switches
 * sprints with the picker, sees the wins, the matrix, both charts (loaded images) and the hero alert on sprint 3, and
 * downloads the CSV and Markdown exports (fetched over HTTP with the browser's own cookie) to check their content.
 */
public class SprintReportBrowserIT {
    @ClassRule
    public static final RunningPreview PREVIEW = new RunningPreview();

    @Rule
    public final HeadlessChromium chromium = new HeadlessChromium("SprintReportBrowserIT", 1600);

    private WebDriver browser;
    private WebDriverWait wait;

    @Before
    public void useChromium() {
        browser = chromium.driver();
        wait = chromium.await();
    }

    @Test
    public void report_shouldSwitchSprintsShowWinsMatrixChartsAndHeroAlertAndExportCsvAndMarkdown() throws Exception {
        // given: bob on the issue page follows the "Glue wins" link
        browser.get(PREVIEW.url("/browse/GW-1").toString());
        new Select(wait.until(ExpectedConditions.elementToBeClickable(By.id("preview-user")))).selectByValue("bob");
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".gluework-panel")));
        browser.findElement(By.cssSelector("a.preview-report-link")).click();

        // then: the active sprint 3 opens, with its hero alert, wins, matrix and charts
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".gluework-report")));
        assertEquals("Payments Sprint 3 (active)", selectedSprint());
        assertHeroAlertNaming("Frank Osei");
        assertTrue(browser.findElements(By.cssSelector(".gluework-win")).size() > 5);
        assertEquals(6, browser.findElements(By.cssSelector(".gluework-matrix-table tbody tr")).size());
        assertChartsLoaded();

        // when: the picker switches to sprint 2
        new Select(browser.findElement(By.id("gluework-report-sprint"))).selectByValue("2");

        // then: the page reloads on sprint 2, which has no hero
        wait.until(ExpectedConditions.urlContains("sprint=2"));
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".gluework-report-title"), "Sprint 2"));
        assertEquals("Payments Sprint 2", selectedSprint());
        assertTrue(browser.findElements(By.cssSelector(".gluework-hero-alert")).isEmpty());
        assertTrue(browser.findElements(By.cssSelector(".gluework-win")).size() > 5);
        assertChartsLoaded();

        // and back to sprint 3, where the alert is again
        new Select(browser.findElement(By.id("gluework-report-sprint"))).selectByValue("3");
        wait.until(ExpectedConditions.urlContains("sprint=3"));
        assertHeroAlertNaming("Frank Osei");

        // when: the exports are downloaded with the browser's own session
        String csv = download(".gluework-report-csv");
        String markdown = download(".gluework-report-markdown");

        // then
        List<String> rows = csv.lines().toList();
        assertTrue(rows.get(0).startsWith("date,contributor,contributor_key,category,category_key,issue,summary"));
        long franksRows = rows.stream().filter(r -> r.contains(",Frank Osei,frank,")).count();
        assertTrue("frank's rows: " + franksRows, franksRows >= 15);
        assertTrue(markdown.startsWith("# Glue wins \u2014 Payments Sprint 3\n"));
        assertTrue(markdown.contains("> \u26a0 **Hero alert:** Frank Osei carried "));
        assertTrue(markdown.contains("| Person |"));
        assertTrue(markdown.contains("| Frank Osei |"));
    }

    private String selectedSprint() {
        return new Select(browser.findElement(By.id("gluework-report-sprint"))).getFirstSelectedOption().getText().strip();
    }

    private void assertHeroAlertNaming(String hero) {
        WebElement alert = wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".gluework-hero-alert")));
        assertTrue(alert.getText(), alert.getText().contains(hero + " carried"));
        assertTrue(alert.getText(), alert.getText().contains("Suggestion:"));
    }

    private void assertChartsLoaded() {
        List<WebElement> charts = browser.findElements(By.cssSelector("img.gluework-chart"));
        assertEquals(2, charts.size());
        for (WebElement chart : charts) {
            wait.until(d -> (Boolean) ((JavascriptExecutor) d).executeScript(
                    "return arguments[0].complete && arguments[0].naturalWidth > 0;", chart));
            assertTrue(chart.getAttribute("alt").startsWith("Bar chart:"));
        }
    }

    /** Fetches an export link's target over HTTP with the browser's user cookie, as the browser's download would. */
    private String download(String linkSelector) throws Exception {
        String href = browser.findElement(By.cssSelector(linkSelector)).getAttribute("href");
        Cookie user = browser.manage().getCookieNamed("gluework_user");
        HttpResponse<String> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(href))
                .header("Cookie", user.getName() + "=" + user.getValue()).GET().build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        assertEquals(href, 200, response.statusCode());
        assertTrue(response.headers().firstValue("Content-Disposition").orElse("").startsWith("attachment;"));
        return response.body();
    }
}
