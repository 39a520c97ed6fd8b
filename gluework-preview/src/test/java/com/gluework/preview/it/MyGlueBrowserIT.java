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

import java.time.LocalDate;
import java.util.List;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

/**
 * "My glue" in headless Chromium on the preview: bob opens it from the header, writes this week's note (private),
 * sees it listed, edits it, and narrows the timeline to a period; the page passes axe (WCAG 2.1 A/AA) with a note
 * listed. The script runs under the preview's CSP (no inline script), so this also proves the form works without one.
 */
public class MyGlueBrowserIT {
    @ClassRule
    public static final RunningPreview PREVIEW = new RunningPreview();

    @Rule
    public final HeadlessChromium chromium = new HeadlessChromium("MyGlueBrowserIT");

    private WebDriver browser;
    private WebDriverWait wait;

    @Before
    public void openBrowser() {
        browser = chromium.driver();
        wait = chromium.await();
    }

    @Test
    public void bobWritesANote_seesIt_editsIt_andFiltersHisTimeline() {
        // given bob on an issue page
        actAs("bob");
        browser.get(PREVIEW.url("/browse/GW-1").toString());

        // when he opens My glue from the header and writes this week's note, for his leads only
        browser.findElement(By.cssSelector(".preview-myglue-link")).click();
        WebElement form = wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector(".gluework-myglue-save")))
                .findElement(By.xpath("ancestor::form"));
        String week = form.getAttribute("data-week");
        assertEquals("", form.getAttribute("data-version"));
        form.findElement(By.id("gluework-myglue-line-1")).sendKeys("Talked Erin through the <flaky> deploy & unblocked her");
        form.findElement(By.id("gluework-myglue-line-2")).sendKeys("Answered the payments team's on-call questions");
        form.findElement(By.cssSelector("label[for='gluework-myglue-private']")).click();
        form.findElement(By.cssSelector(".gluework-myglue-save")).click();

        // then the page reloads with the note listed, marked private, its text shown as typed (escaped, not markup)
        WebElement note = wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".gluework-myglue-noteitem")));
        assertTrue(note.getText(), note.getText().startsWith(week));
        assertEquals("private", note.findElement(By.cssSelector(".aui-lozenge")).getAttribute("textContent"));
        assertTrue(note.getText(), note.getText().contains("Talked Erin through the <flaky> deploy & unblocked her"));
        WebElement reloaded = browser.findElement(By.cssSelector("form.gluework-myglue-note"));
        assertEquals("1", reloaded.getAttribute("data-version"));
        assertTrue(browser.findElement(By.id("gluework-myglue-private")).isSelected());

        // when he edits it: a third line, now visible to the team
        wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector(".gluework-myglue-save")));
        browser.findElement(By.id("gluework-myglue-line-3")).sendKeys("Reviewed the retry change in depth");
        browser.findElement(By.cssSelector("label[for='gluework-myglue-team']")).click();
        browser.findElement(By.cssSelector(".gluework-myglue-save")).click();

        // then the stored note is at version 2 with three lines and no private badge
        wait.until(ExpectedConditions.attributeToBe(By.cssSelector("form.gluework-myglue-note"), "data-version", "2"));
        WebElement edited = browser.findElement(By.cssSelector(".gluework-myglue-noteitem"));
        assertEquals(3, edited.findElements(By.cssSelector("ul li")).size());
        assertTrue(edited.getText(), edited.findElements(By.cssSelector(".aui-lozenge")).isEmpty());

        // when he narrows the timeline to the last 14 days
        String wide = browser.findElement(By.cssSelector(".gluework-myglue-summary")).getText();
        int wideEntries = browser.findElements(By.cssSelector(".gluework-myglue-entry")).size();
        LocalDate to = LocalDate.parse(browser.findElement(By.id("gluework-myglue-to")).getAttribute("value"));
        LocalDate from = to.minusDays(13);
        setValue(browser.findElement(By.id("gluework-myglue-from")), from.toString());
        browser.findElement(By.cssSelector(".gluework-myglue-show")).click();

        // then only entries of those days remain, the summary names the period, and the shares add up to 100
        wait.until(ExpectedConditions.urlContains("from=" + from));
        String narrow = browser.findElement(By.cssSelector(".gluework-myglue-summary")).getText();
        assertTrue(narrow, narrow.contains("from " + from + " to " + to));
        assertFalse(narrow.equals(wide));
        List<WebElement> days = browser.findElements(By.cssSelector(".gluework-myglue-day"));
        assertTrue(days.size() + " of " + wideEntries, days.size() < wideEntries);
        for (WebElement day : days) {
            LocalDate d = LocalDate.parse(day.getText());
            assertFalse(d + " before " + from, d.isBefore(from));
            assertFalse(d + " after " + to, d.isAfter(to));
        }
        int percent = 0;
        for (WebElement row : browser.findElements(By.cssSelector(".gluework-myglue-shares tbody tr"))) {
            percent += Integer.parseInt(row.findElement(By.tagName("meter")).getAttribute("value"));
        }
        assertTrue("shares sum to 100 or there is no glue: " + percent, percent == 100 || percent == 0);
        assertTrue(browser.findElement(By.cssSelector(".gluework-myglue-packet")).getAttribute("href")
                .endsWith("/packet?from=" + from + "&to=" + to));
    }

    @Test
    public void carolWritesThisWeeksAndLastWeeksNote_andThePageHasNoAccessibilityViolations() {
        // given carol with a note this week
        actAs("carol");
        browser.get(PREVIEW.url("/my-glue").toString());
        wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector(".gluework-myglue-save")));
        String thisWeek = browser.findElement(By.cssSelector("form.gluework-myglue-note")).getAttribute("data-week");
        browser.findElement(By.id("gluework-myglue-line-1")).sendKeys("Ran the retro that fixed our hand-offs");
        browser.findElement(By.cssSelector(".gluework-myglue-save")).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".gluework-myglue-noteitem")));
        assertTrue("the form is on the current week: no link past it",
                browser.findElements(By.cssSelector(".gluework-myglue-next")).isEmpty());

        // when she goes to the week before and writes its note too
        browser.findElement(By.cssSelector(".gluework-myglue-previous")).click();
        wait.until(ExpectedConditions.not(ExpectedConditions.attributeToBe(By.cssSelector("form.gluework-myglue-note"),
                "data-week", thisWeek)));
        String lastWeek = browser.findElement(By.cssSelector("form.gluework-myglue-note")).getAttribute("data-week");
        wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector(".gluework-myglue-save")));
        browser.findElement(By.id("gluework-myglue-line-1")).sendKeys("Covered Dave's on-call shift");
        browser.findElement(By.cssSelector(".gluework-myglue-save")).click();

        // then both notes are listed, newest week first, and the form stays on last week
        wait.until(ExpectedConditions.numberOfElementsToBe(By.cssSelector(".gluework-myglue-noteitem"), 2));
        List<WebElement> notes = browser.findElements(By.cssSelector(".gluework-myglue-noteitem"));
        assertTrue(notes.get(0).getText(), notes.get(0).getText().startsWith(thisWeek));
        assertTrue(notes.get(1).getText(), notes.get(1).getText().startsWith(lastWeek));
        assertEquals(lastWeek, browser.findElement(By.cssSelector("form.gluework-myglue-note")).getAttribute("data-week"));
        assertFalse(browser.findElements(By.cssSelector(".gluework-myglue-next")).isEmpty());

        // and the page, with notes listed and week links, passes axe
        chromium.assertAccessible("carol's My glue page on last week's note, with two notes listed");
    }

    private void setValue(WebElement input, String value) {
        ((JavascriptExecutor) browser).executeScript("arguments[0].value = arguments[1];", input, value);
    }

    private void actAs(String user) {
        browser.get(PREVIEW.url("/static/preview/preview.css").toString());
        browser.manage().addCookie(new Cookie("gluework_user", user, "/"));
    }
}
