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
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

/**
 * The admin page (/admin, the preview's copy of Jira's "Glue Work" administration page) in headless Chromium: alice,
 * the demo's administrator, follows the frame's link, adds a category, renames it, moves it up, deactivates it and
 * changes the hero threshold — and the panel's record form and the sprint report follow. The page is checked with
 * axe-core (WCAG 2.1 A/AA) as alice sees it (forms, an edit form open) and as a teammate sees it (read-only). The
 * browser console must stay clean (the rule checks that).
 */
public class DefinitionsAdminBrowserIT {
    @ClassRule
    public static final RunningPreview PREVIEW = new RunningPreview();

    @Rule
    public final HeadlessChromium chromium = new HeadlessChromium("DefinitionsAdminBrowserIT", 2400);

    private WebDriver browser;
    private WebDriverWait wait;

    @Before
    public void useChromium() {
        browser = chromium.driver();
        wait = chromium.await();
    }

    @Test
    public void admin_shouldAddRenameMoveAndDeactivateACategoryAndChangeTheHeroThreshold() {
        // given: alice opens the admin page from the frame
        actAs("alice");
        browser.get(PREVIEW.url("/browse/GW-1").toString());
        wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector("a.preview-admin-link"))).click();
        waitForTable();
        assertEquals(8, rows().size());

        // when: she adds a category
        WebElement add = browser.findElement(By.cssSelector("form.gluework-admin-add-category"));
        add.findElement(By.name("key")).sendKeys("pairing");
        add.findElement(By.name("name")).sendKeys("Pairing");
        add.findElement(By.name("definition")).sendKeys("Worked a problem through with a teammate.");
        new Select(add.findElement(By.name("rubricDimension"))).selectByVisibleText("Team multiplication");
        add.findElement(By.cssSelector("button[type=submit]")).click();

        // then: it is listed last, active
        waitForSaved();
        wait.until(d -> rows().size() == 9);
        assertEquals("pairing", rows().get(8).getAttribute("data-key"));
        assertEquals("Pairing", name(rows().get(8)));

        // when: she renames it through its edit form
        WebElement row = row("pairing");
        row.findElement(By.cssSelector("details.gluework-admin-edit summary")).click();
        WebElement nameField = row.findElement(By.cssSelector("form.gluework-admin-edit-category")).findElement(By.name("name"));
        nameField.clear();
        nameField.sendKeys("Pair work");
        row.findElement(By.cssSelector("form.gluework-admin-edit-category button[type=submit]")).click();
        wait.until(d -> name(row("pairing")).equals("Pair work"));

        // when: she moves it up one place
        row("pairing").findElement(By.cssSelector("button.gluework-admin-up")).click();
        wait.until(d -> "pairing".equals(rows().get(7).getAttribute("data-key")));

        // when: she deactivates it
        row("pairing").findElement(By.cssSelector("button.gluework-admin-toggle")).click();
        wait.until(d -> row("pairing").getText().toLowerCase(java.util.Locale.ROOT).contains("deactivated"));

        // when: she raises the hero threshold to 60%
        WebElement settings = browser.findElement(By.cssSelector("form.gluework-admin-settings"));
        WebElement hero = settings.findElement(By.name("heroThresholdPercent"));
        hero.clear();
        hero.sendKeys("60");
        settings.findElement(By.cssSelector("button[type=submit]")).click();
        waitForSaved();

        // then: after a reload everything is as she left it
        browser.navigate().refresh();
        waitForTable();
        assertEquals("60", browser.findElement(By.cssSelector("form.gluework-admin-settings")).findElement(By.name("heroThresholdPercent")).getAttribute("value"));
        assertEquals("pairing", rows().get(7).getAttribute("data-key"));
        assertTrue(row("pairing").getText().toLowerCase(java.util.Locale.ROOT).contains("deactivated"));

        // and the sprint report's hero alert (frank carries under half of sprint 3) no longer fires at 60%
        browser.get(PREVIEW.url("/report").toString());
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".gluework-report")));
        assertTrue(browser.findElements(By.cssSelector(".gluework-hero-alert")).isEmpty());

        // and the record form on the issue page no longer offers the deactivated category
        browser.get(PREVIEW.url("/browse/GW-1").toString());
        WebElement select = wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("select.gluework-category-select")));
        assertTrue(select.findElements(By.cssSelector("option[value='pairing']")).isEmpty());
        assertEquals(1, select.findElements(By.cssSelector("option[value='review']")).size());
    }

    @Test
    public void admin_shouldEditWhatAStaffEngineersGlueLooksLikeInTheRubric() {
        // given: alice opens the admin page
        actAs("alice");
        browser.get(PREVIEW.url("/admin").toString());
        waitForTable();
        WebElement dimension = browser.findElements(By.cssSelector(".gluework-admin-rubric .gluework-admin-dimension")).get(0);
        String name = dimension.findElement(By.tagName("h3")).getText();

        // when: she rewrites the Staff level of the first dimension through its edit form
        dimension.findElement(By.cssSelector("details.gluework-admin-edit summary")).click();
        WebElement staff = dimension.findElement(By.cssSelector("form.gluework-admin-edit-dimension")).findElement(By.name("staff"));
        staff.clear();
        staff.sendKeys("Sets up review rotations <so> the team & its neighbours catch races early.");
        dimension.findElement(By.cssSelector("form.gluework-admin-edit-dimension button[type=submit]")).click();
        waitForSaved();

        // then: after a reload the rubric shows the new text, as text, under the same dimension
        browser.navigate().refresh();
        waitForTable();
        WebElement reloaded = browser.findElements(By.cssSelector(".gluework-admin-rubric .gluework-admin-dimension")).get(0);
        assertEquals(name, reloaded.findElement(By.tagName("h3")).getText());
        List<WebElement> levels = reloaded.findElements(By.cssSelector("dl.gluework-admin-levels dd"));
        assertEquals("Sets up review rotations <so> the team & its neighbours catch races early.", levels.get(1).getText());
    }

    @Test
    public void adminPage_asAdministratorWithAnEditFormOpen_shouldHaveNoViolations() {
        actAs("alice");
        browser.get(PREVIEW.url("/admin").toString());
        waitForTable();
        row("review").findElement(By.cssSelector("details.gluework-admin-edit summary")).click();
        browser.findElement(By.cssSelector(".gluework-admin-rubric details.gluework-admin-edit summary")).click();

        chromium.assertAccessible("the admin page /admin as alice, with a category's and a dimension's edit form open");
    }

    @Test
    public void adminPage_asTeammate_shouldBeReadOnlyAndHaveNoViolations() {
        actAs("bob");
        browser.get(PREVIEW.url("/browse/GW-1").toString());
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".gluework-panel")));
        assertTrue("no admin link for bob", browser.findElements(By.cssSelector("a.preview-admin-link")).isEmpty());

        browser.get(PREVIEW.url("/admin").toString());
        waitForTable();

        assertTrue(browser.findElement(By.cssSelector(".gluework-admin-readonly")).isDisplayed());
        assertTrue(browser.findElements(By.cssSelector("form.gluework-admin-add-category")).isEmpty());
        assertTrue(browser.findElements(By.cssSelector("button.gluework-admin-toggle")).isEmpty());
        chromium.assertAccessible("the admin page /admin as bob (read-only)");
    }

    /** Through the frame's user switcher, as a person would (a cookie set by hand can race the first visit's own). */
    private void actAs(String user) {
        browser.get(PREVIEW.url("/browse/GW-1").toString());
        new Select(wait.until(ExpectedConditions.elementToBeClickable(By.id("preview-user")))).selectByValue(user);
        wait.until(d -> user.equals(new Select(d.findElement(By.id("preview-user"))).getFirstSelectedOption().getAttribute("value")));
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".gluework-panel")));
    }

    private void waitForTable() {
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("table.gluework-admin-category-table tbody tr")));
    }

    private void waitForSaved() {
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".gluework-admin-status .aui-message-success")));
    }

    private List<WebElement> rows() {
        return browser.findElements(By.cssSelector("table.gluework-admin-category-table tbody tr"));
    }

    private WebElement row(String key) {
        return browser.findElement(By.cssSelector("table.gluework-admin-category-table tbody tr[data-key='" + key + "']"));
    }

    private static String name(WebElement row) {
        return row.findElement(By.cssSelector(".gluework-admin-category-name")).getText().strip();
    }
}
