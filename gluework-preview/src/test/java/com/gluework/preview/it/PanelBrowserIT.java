package com.gluework.preview.it;

import org.junit.Before;
import org.junit.ClassRule;
import org.junit.Rule;
import org.junit.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.util.List;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

/**
 * The panel in a real browser: headless Chromium opens GW-1 in the preview, picks a demo user with the switcher,
 * records glue through the panel's form, sees it appear without a page load, reloads, and still sees it.
 */
public class PanelBrowserIT {
    @ClassRule
    public static final RunningPreview PREVIEW = new RunningPreview();

    @Rule
    public final HeadlessChromium chromium = new HeadlessChromium("PanelBrowserIT");

    private WebDriver browser;
    private WebDriverWait wait;

    @Before
    public void useChromium() {
        browser = chromium.driver();
        wait = chromium.await();
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
    }

    private List<String> summaries() {
        return browser.findElements(By.cssSelector(".gluework-panel .gluework-summary")).stream().map(WebElement::getText).toList();
    }
}
