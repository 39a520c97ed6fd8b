package com.gluework.preview.it;

import org.junit.ClassRule;
import org.junit.Rule;
import org.junit.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

/**
 * "Possible glue" in the panel, in headless Chromium on the demo team (issue 12): "Record" opens the record form filled
 * in from the suggestion, the person edits it and saves, and the suggestion becomes normal, counted glue; a colleague's
 * prefilled form records a peer observation; "Not glue" hides it for everyone. No page load, no inline script.
 */
public class PossibleGlueBrowserIT {
    @ClassRule
    public static final RunningPreview PREVIEW = new RunningPreview();

    @Rule
    public final HeadlessChromium chromium = new HeadlessChromium("PossibleGlueBrowserIT");

    @Test
    public void erinRecordsHerSuggestedReview_editingThePrefilledForm() {
        // given GW-22, as erin: her first review is suggested
        openIssueAs("GW-22", "erin");
        int countBefore = count();
        WebElement suggestion = suggestionOf("erin");
        chromium.assertAccessible("GW-22 with possible glue");

        // when she presses Record
        suggestion.findElement(By.cssSelector(".gluework-suggestion-record")).click();
        WebElement form = await().until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".gluework-record-form")));

        // then the form carries the suggestion: her own glue, its category, summary, evidence and day
        assertEquals("review", new Select(form.findElement(By.name("categoryKey"))).getFirstSelectedOption().getAttribute("value"));
        assertEquals("", new Select(form.findElement(By.name("contributorKey"))).getFirstSelectedOption().getAttribute("value"));
        String prefilled = form.findElement(By.name("summary")).getAttribute("value");
        assertEquals(suggestion.getAttribute("data-summary"), prefilled);
        assertFalse(prefilled.isBlank());
        assertTrue(form.findElements(By.name("evidenceLinks")).get(0).getAttribute("value").startsWith("http"));
        assertEquals(suggestion.getAttribute("data-occurred-on"), form.findElement(By.name("occurredOn")).getAttribute("value"));

        // when she changes the wording and saves
        WebElement summary = form.findElement(By.name("summary"));
        summary.clear();
        String mine = "First review: the logging fields PR, with a note on PII " + System.nanoTime();
        summary.sendKeys(mine);
        form.findElement(By.cssSelector(".gluework-save")).click();

        // then it is recorded glue in her words, counted, and no longer a suggestion
        await().until(d -> "Glue recorded.".equals(status()));
        assertEquals(countBefore + 1, count());
        assertTrue(driver().findElements(By.cssSelector(".gluework-contribution .gluework-summary")).stream()
                .anyMatch(s -> mine.equals(s.getText())));
        assertTrue(driver().findElements(By.cssSelector(".gluework-suggestion[data-person-key='erin']")).isEmpty());
    }

    @Test
    public void bobCanRecordDavesHandOffForHim_andDaveAnswersNotGlueForEveryone() {
        // given GW-23 as bob: dave's hand-off is suggested; bob may record it for dave but not dismiss it
        openIssueAs("GW-23", "bob");
        WebElement davesForBob = suggestionOf("dave");
        assertTrue(davesForBob.findElements(By.cssSelector(".gluework-suggestion-dismiss")).isEmpty());
        davesForBob.findElement(By.cssSelector(".gluework-suggestion-record")).click();
        WebElement form = await().until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".gluework-record-form")));
        assertEquals("dave", new Select(form.findElement(By.name("contributorKey"))).getFirstSelectedOption().getAttribute("value"));
        assertEquals("coordination", new Select(form.findElement(By.name("categoryKey"))).getFirstSelectedOption().getAttribute("value"));
        form.findElement(By.cssSelector(".gluework-cancel")).click();

        // when dave answers "Not glue"
        switchUser("dave");
        int countBefore = count();
        suggestionOf("dave").findElement(By.cssSelector(".gluework-suggestion-dismiss")).click();

        // then it is gone, nothing was counted, and bob does not see it either
        await().until(d -> "Dismissed as not glue, for everyone.".equals(status()));
        assertTrue(driver().findElements(By.cssSelector(".gluework-suggestion")).isEmpty());
        assertEquals(countBefore, count());
        switchUser("bob");
        assertTrue(driver().findElements(By.cssSelector(".gluework-suggestion")).isEmpty());
    }

    private WebElement suggestionOf(String person) {
        return await().until(ExpectedConditions.visibilityOfElementLocated(
                By.cssSelector(".gluework-panel .gluework-suggestion[data-person-key='" + person + "']")));
    }

    private int count() {
        return Integer.parseInt(driver().findElement(By.cssSelector(".gluework-panel .gluework-count")).getText().trim());
    }

    private void openIssueAs(String issueKey, String user) {
        driver().get(PREVIEW.url("/browse/" + issueKey).toString());
        switchUser(user);
    }

    private void switchUser(String user) {
        new Select(await().until(ExpectedConditions.elementToBeClickable(By.id("preview-user")))).selectByValue(user);
        await().until(ExpectedConditions.presenceOfElementLocated(
                By.cssSelector(".gluework-panel[data-current-user='" + user + "']")));
    }

    private String status() {
        return driver().findElement(By.cssSelector(".gluework-panel .gluework-status")).getText();
    }

    private WebDriver driver() {
        return chromium.driver();
    }

    private WebDriverWait await() {
        return chromium.await();
    }
}
