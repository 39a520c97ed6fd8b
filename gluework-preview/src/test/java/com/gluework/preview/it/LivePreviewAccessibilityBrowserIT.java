package com.gluework.preview.it;

import org.junit.After;
import org.junit.Before;
import org.junit.ClassRule;
import org.junit.Rule;
import org.junit.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.time.Duration;

import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

/**
 * The live-Jira pages — frame without switcher, the Jira's issue with the panel, the report of a board the Jira listed,
 * and the page for a Jira failure — checked by axe-core against WCAG 2.1 A and AA in headless Chromium, like the demo's
 * pages in {@link AccessibilityBrowserIT}.
 */
public class LivePreviewAccessibilityBrowserIT {
    @ClassRule
    public static final PreviewOnFakeJira PREVIEW = new PreviewOnFakeJira(Duration.ofSeconds(5));

    @Rule
    public final HeadlessChromium chromium = new HeadlessChromium("LivePreviewAccessibilityBrowserIT", 1600);

    private WebDriver browser;
    private WebDriverWait wait;

    @Before
    public void useChromium() {
        browser = chromium.driver();
        wait = chromium.await();
    }

    @After
    public void jiraAnswersAgain() {
        PREVIEW.jira().answerNormally();
    }

    @Test
    public void issuePage_shouldHaveNoViolations() {
        browser.get(PREVIEW.url("/browse/CHK-3").toString());
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".gluework-panel")));

        assertTrue(browser.findElement(By.cssSelector(".preview-acting-as")).getText().contains("Morgan Hall"));
        assertTrue(browser.findElements(By.id("preview-user")).isEmpty());
        chromium.assertAccessible("the live issue page CHK-3");
    }

    @Test
    public void reportPage_shouldHaveNoViolations() {
        browser.get(PREVIEW.url("/report?board=12&sprint=22").toString());
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".gluework-report")));

        chromium.assertAccessible("the live report of sprint 22");
    }

    @Test
    public void jiraFailurePage_shouldHaveNoViolations() {
        // given: Jira fails for this one issue only (no other test opens it, so nothing is cached)
        PREVIEW.jira().failWith(500, "/rest/api/2/issue/CHK-4");
        chromium.expectConsoleErrors("status of 502");

        // when
        browser.get(PREVIEW.url("/browse/CHK-4").toString());
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".preview-message")));

        // then
        assertTrue(browser.getPageSource().contains("answered HTTP 500"));
        assertFalse(browser.getPageSource().contains("Exception"));
        chromium.assertAccessible("the page for a failing Jira");
    }
}
