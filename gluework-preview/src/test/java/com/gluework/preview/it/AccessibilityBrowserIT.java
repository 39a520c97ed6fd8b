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
import org.openqa.selenium.support.ui.WebDriverWait;

import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

/**
 * Every page the preview serves, in every state a user can open, checked by axe-core against WCAG 2.1 A and AA in
 * headless Chromium: the issue page (as it loads, without glue, with the record form open, with a row's menu and
 * history open), the sprint report (with the more-wins list and the chart data opened), and the message pages (choose
 * a user, issue not found, unknown sprint, a path the preview does not know). A violation fails with the rule, its
 * impact, the offending elements' selectors and axe's help. The browser console must stay clean throughout (the rule
 * checks that).
 */
public class AccessibilityBrowserIT {
    @ClassRule
    public static final RunningPreview PREVIEW = new RunningPreview();

    @Rule
    public final HeadlessChromium chromium = new HeadlessChromium("AccessibilityBrowserIT", 1600);

    private WebDriver browser;
    private WebDriverWait wait;

    @Before
    public void useChromium() {
        browser = chromium.driver();
        wait = chromium.await();
    }

    @Test
    public void issuePage_asItLoads_shouldHaveNoViolations() {
        openIssue("GW-1");

        chromium.assertAccessible("the issue page GW-1");
    }

    @Test
    public void issuePage_withAnEmptyPanel_shouldHaveNoViolations() throws Exception {
        String key = firstIssueWithoutGlue();
        browser.get(PREVIEW.url("/browse/" + key).toString());
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".gluework-panel .gluework-empty")));

        chromium.assertAccessible("the issue page " + key + " with no glue yet");
    }

    @Test
    public void issuePage_withTheRecordFormOpen_shouldHaveNoViolations() {
        WebElement panel = openIssue("GW-1");

        panel.findElement(By.cssSelector(".gluework-record-toggle")).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".gluework-record-form")));

        chromium.assertAccessible("the issue page GW-1 with the record form open");
    }

    @Test
    public void issuePage_withARowsMenuAndHistoryOpen_shouldHaveNoViolations() {
        WebElement panel = openIssue("GW-1");
        WebElement row = panel.findElements(By.cssSelector(".gluework-contribution")).stream()
                .filter(WebElement::isDisplayed).findFirst().orElseThrow();
        String id = row.getAttribute("data-contribution-id");

        row.findElement(By.cssSelector(".gluework-actions-toggle")).click();
        WebElement menu = row.findElement(By.cssSelector(".gluework-actions"));
        wait.until(d -> menu.isDisplayed());
        menu.findElement(By.cssSelector(".gluework-history-toggle")).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#gluework-history-" + id + " .gluework-history-fragment")));

        chromium.assertAccessible("the issue page GW-1 with a contribution's menu and history open");
    }

    @Test
    public void sprintReport_shouldHaveNoViolations() {
        browser.get(PREVIEW.url("/report").toString());
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".gluework-report .gluework-win")));

        chromium.assertAccessible("the sprint report /report");
    }

    @Test
    public void sprintReport_withEveryDisclosureOpen_shouldHaveNoViolations() {
        browser.get(PREVIEW.url("/report?board=1&sprint=2").toString());
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".gluework-report .gluework-win")));
        ((JavascriptExecutor) browser).executeScript("document.querySelectorAll('.gluework-report details').forEach(d => d.open = true);");

        chromium.assertAccessible("the sprint report of sprint 2 with the more-wins list and chart data open");
    }

    @Test
    public void evidencePacket_shouldHaveNoViolations() {
        // bob's own packet, with alice's view of it in his audit log
        browser.get(PREVIEW.url("/static/preview/preview.css").toString());
        browser.manage().addCookie(new Cookie("gluework_user", "alice", "/"));
        browser.get(PREVIEW.url("/packet?person=bob").toString());
        browser.manage().addCookie(new Cookie("gluework_user", "bob", "/"));
        browser.get(PREVIEW.url("/packet").toString());
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".gluework-packet-views")));

        chromium.assertAccessible("bob's evidence packet /packet with its audit log");
    }

    @Test
    public void messagePages_shouldHaveNoViolations() {
        // a visitor who chose nobody is asked to pick a demo user
        browser.get(PREVIEW.url("/browse/GW-1").toString());
        browser.manage().addCookie(new Cookie("gluework_user", "anonymous", "/"));
        browser.get(PREVIEW.url("/browse/GW-1").toString());
        assertMessageTitle("Choose a demo user");
        chromium.assertAccessible("the choose-a-user page");

        // an issue that does not exist, an unknown sprint
        browser.manage().addCookie(new Cookie("gluework_user", "bob", "/"));
        chromium.expectConsoleErrors("status of 404");
        browser.get(PREVIEW.url("/browse/GW-999").toString());
        assertMessageTitle("Issue not found");
        chromium.assertAccessible("the issue-not-found page");
        browser.get(PREVIEW.url("/report?board=1&sprint=999").toString());
        assertMessageTitle("Glue wins");
        chromium.assertAccessible("the report's unknown-sprint page");

        // a path the preview has no page for
        browser.get(PREVIEW.url("/no-such-page").toString());
        chromium.assertAccessible("the preview's answer to an unknown path");
    }

    /**
     * axe runs through WebDriver, which the page's Content-Security-Policy does not govern; the policy itself must
     * still be in force, or the check would be measuring a weaker page than users get.
     */
    @Test
    public void axe_shouldRunWhileThePagesContentSecurityPolicyStillBlocksInlineScript() {
        openIssue("GW-1");
        chromium.assertAccessible("the issue page GW-1");
        chromium.expectConsoleErrors("Content Security Policy");

        Object ran = ((JavascriptExecutor) browser).executeScript(
                "const s = document.createElement('script'); s.textContent = 'window.glueworkInlineRan = true;';"
                        + " document.head.appendChild(s); return window.glueworkInlineRan === true;");

        assertEquals(Boolean.FALSE, ran);
        List<String> blocked = chromium.consoleErrors();
        assertTrue(String.valueOf(blocked), blocked.stream().anyMatch(e -> e.contains("Content Security Policy")));
    }

    private WebElement openIssue(String key) {
        browser.get(PREVIEW.url("/browse/" + key).toString());
        WebElement panel = wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".gluework-panel")));
        assertFalse(panel.findElements(By.cssSelector(".gluework-contribution")).isEmpty());
        return panel;
    }

    /** The demo team leaves some issues without glue; the panel then explains what counts, with a link. */
    private static String firstIssueWithoutGlue() throws Exception {
        HttpClient http = HttpClient.newHttpClient();
        for (int n = 1; n <= 40; n++) {
            String key = "GW-" + n;
            HttpResponse<String> panel = http.send(HttpRequest.newBuilder(PREVIEW.url("/rest/gluework/1.0/issues/" + key + "/panel"))
                    .header("Authorization", "Basic " + Base64.getEncoder().encodeToString("alice:alice".getBytes(StandardCharsets.UTF_8)))
                    .header("Accept", "text/html").GET().build(), HttpResponse.BodyHandlers.ofString());
            if (panel.statusCode() == 200 && panel.body().contains("gluework-empty")) {
                return key;
            }
        }
        throw new AssertionError("every demo issue has glue; the empty panel needs another way to be shown");
    }

    private void assertMessageTitle(String title) {
        assertEquals(title, wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".preview-message-title"))).getText());
    }
}
