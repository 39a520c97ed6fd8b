package com.gluework.preview.it;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.ClassRule;
import org.junit.Rule;
import org.junit.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Map;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

/**
 * The panel's workflows in headless Chromium on the preview, switching demo users with the preview's user switcher:
 * bob records glue for a teammate, carol corroborates someone else's glue but cannot corroborate her own, alice (the
 * project admin) edits — and meets a concurrent edit without losing what she typed — retires, restores and reads the
 * history. Everything happens without a page load.
 */
public class PanelWorkflowBrowserIT {
    @ClassRule
    public static final RunningPreview PREVIEW = new RunningPreview();

    @Rule
    public final HeadlessChromium chromium = new HeadlessChromium("PanelWorkflowBrowserIT");

    private static final String API = "/rest/gluework/1.0";
    private final HttpClient http = HttpClient.newHttpClient();
    private final ObjectMapper json = new ObjectMapper();

    @Test
    public void bobRecordsForATeammate_andCarolCorroboratesOthersGlueButNotHerOwn() throws Exception {
        // given GW-2, as bob
        openIssueAs("GW-2", "bob");
        String summary = "Spotted the missing index in carol's migration " + System.nanoTime();

        // when bob records glue that carol did, naming dave as helped
        panel().findElement(By.cssSelector(".gluework-record-toggle")).click();
        WebElement form = await().until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".gluework-record-form")));
        new Select(form.findElement(By.name("categoryKey"))).selectByValue("review");
        assertTrue("the picker shows the definition", form.findElement(By.cssSelector(".gluework-category-definition")).getText()
                .startsWith("Reviewed a change deeply"));
        new Select(form.findElement(By.name("contributorKey"))).selectByValue("carol");
        form.findElement(By.name("summary")).sendKeys(summary);
        form.findElement(By.name("impact")).sendKeys("The nightly report stays under a minute");
        new Select(form.findElement(By.name("beneficiaryKeys"))).selectByValue("dave");
        form.findElement(By.cssSelector(".gluework-save")).click();

        // then it shows as carol's glue, noticed by bob, helping dave
        WebElement row = await().until(d -> rowWithSummary(summary));
        assertEquals("Carol Lindqvist", row.findElement(By.cssSelector(".gluework-contributor")).getText());
        assertTrue(row.findElement(By.cssSelector(".gluework-recorded-by")).getText().startsWith("noticed by Bob"));
        assertTrue(row.findElement(By.cssSelector(".gluework-beneficiary-names")).getText().contains("Dave"));
        assertEquals("Glue recorded.", status());
        String carolsId = row.getAttribute("data-contribution-id");

        // when carol looks at it
        switchUser("carol");
        WebElement carolsOwn = await().until(d -> rowWithSummary(summary));

        // then she has no +1 on her own glue, and the server refuses one anyway (the console reports the refusal)
        assertTrue(carolsOwn.findElements(By.cssSelector(".gluework-corroborate")).isEmpty());
        chromium.expectConsoleErrors("status of 403");
        assertEquals(403L, postFromThePage(API + "/contributions/" + carolsId + "/corroborations", "{}"));

        // when she corroborates someone else's glue, with a note
        WebElement other = panel().findElements(By.cssSelector(".gluework-contribution")).stream()
                .filter(r -> r.isDisplayed() && !r.findElements(By.cssSelector(".gluework-corroborate")).isEmpty())
                .findFirst().orElseThrow();
        String otherId = other.getAttribute("data-contribution-id");
        other.findElement(By.cssSelector(".gluework-corroborate")).click();
        WebElement note = await().until(ExpectedConditions.visibilityOfElementLocated(By.id("gluework-note-" + otherId)));
        chromium.assertAccessible("GW-2 with the corroborate form open");
        note.sendKeys("Saw it in the stand-up demo");
        row(otherId).findElement(By.cssSelector(".gluework-corroborate-save")).click();

        // then her +1 counts, she may withdraw it, and her note shows on focus
        await().until(d -> "Your +1 is recorded.".equals(status()));
        WebElement corroborated = row(otherId);
        assertFalse(corroborated.findElements(By.cssSelector(".gluework-withdraw")).isEmpty());
        assertTrue(corroborated.findElements(By.cssSelector(".gluework-corroborate")).isEmpty());
        corroborated.findElement(By.cssSelector(".gluework-corroboration-toggle")).click();
        WebElement details = corroborated.findElement(By.cssSelector(".gluework-corroboration-details"));
        await().until(d -> details.isDisplayed());
        assertTrue(details.getText().contains("Saw it in the stand-up demo"));
    }

    @Test
    public void aliceEditsAndKeepsHerTextOnAConflict_thenRetiresRestoresAndReadsTheHistory() throws Exception {
        // given bob's glue on GW-3
        String original = "Wrote the on-call checklist " + System.nanoTime();
        JsonNode recorded = json.readTree(send("POST", API + "/issues/GW-3/contributions", "bob",
                json.writeValueAsString(Map.of("categoryKey", "documentation", "summary", original))).body());
        String id = recorded.path("id").asText();
        openIssueAs("GW-3", "alice");

        // when alice, the project admin, edits it
        openActions(id).findElement(By.cssSelector(".gluework-edit")).click();
        WebElement form = await().until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".gluework-record-form")));
        WebElement summary = form.findElement(By.name("summary"));
        await().until(d -> original.equals(summary.getAttribute("value")));
        assertEquals("Edit glue", form.findElement(By.cssSelector(".gluework-form-title")).getText());
        summary.clear();
        summary.sendKeys(original + " and the escalation paths");
        form.findElement(By.cssSelector(".gluework-save")).click();

        // then the row shows her edit
        await().until(d -> "Changes saved.".equals(status()));
        assertEquals(original + " and the escalation paths", row(id).findElement(By.cssSelector(".gluework-summary")).getText());

        // when she edits again while bob changes it too
        openActions(id).findElement(By.cssSelector(".gluework-edit")).click();
        WebElement again = await().until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".gluework-record-form")));
        WebElement summaryAgain = again.findElement(By.name("summary"));
        await().until(d -> summaryAgain.getAttribute("value").endsWith("escalation paths"));
        assertEquals(200, send("PUT", API + "/contributions/" + id, "bob", json.writeValueAsString(Map.of(
                "categoryKey", "documentation", "summary", "Bob's wording", "version", 2))).statusCode());
        summaryAgain.clear();
        summaryAgain.sendKeys("Alice's second wording");
        again.findElement(By.cssSelector(".gluework-save")).click();

        // then she is told, and nothing she typed is lost (the console reports the server's 409)
        chromium.expectConsoleErrors("status of 409");
        WebElement conflict = await().until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".gluework-conflict")));
        assertTrue(conflict.getText().startsWith("Someone changed this contribution while you were editing it."));
        assertEquals("Alice's second wording", summaryAgain.getAttribute("value"));
        chromium.assertAccessible("GW-3 with the edit form telling of a concurrent change");
        conflict.findElement(By.cssSelector(".gluework-reload-contribution")).click();
        await().until(d -> "Bob's wording".equals(summaryAgain.getAttribute("value")));
        again.findElement(By.cssSelector(".gluework-cancel")).click();
        await().until(d -> "Bob's wording".equals(row(id).findElement(By.cssSelector(".gluework-summary")).getText()));

        // when she retires it
        openActions(id).findElement(By.cssSelector(".gluework-retire")).click();

        // then it is gone from the list and the count, but she can show it again and restore it
        await().until(d -> status().startsWith("Retired."));
        assertFalse(row(id).isDisplayed());
        panel().findElement(By.cssSelector(".gluework-show-retired")).click();
        await().until(d -> row(id).isDisplayed());
        assertTrue(row(id).getAttribute("class").contains("gluework-retired"));
        openActions(id).findElement(By.cssSelector(".gluework-restore")).click();
        await().until(d -> "Restored.".equals(status()));
        assertFalse(row(id).getAttribute("class").contains("gluework-retired"));
        assertTrue(row(id).isDisplayed());

        // and the history says who changed what, before and after
        openActions(id).findElement(By.cssSelector(".gluework-history-toggle")).click();
        WebElement history = await().until(ExpectedConditions.visibilityOfElementLocated(By.id("gluework-history-" + id)));
        String text = history.getText();
        for (String expected : List.of("recorded it", "edited it", "retired it", "restored it", "Alice", "Bob",
                original + " and the escalation paths", "Bob's wording")) {
            assertTrue(expected + " in " + text, text.contains(expected));
        }
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

    private WebElement openActions(String id) {
        WebElement toggle = row(id).findElement(By.cssSelector(".gluework-actions-toggle"));
        toggle.click();
        WebElement menu = row(id).findElement(By.cssSelector(".gluework-actions"));
        await().until(d -> menu.isDisplayed());
        return menu;
    }

    private WebElement panel() {
        return driver().findElement(By.cssSelector(".gluework-panel"));
    }

    private WebElement row(String id) {
        return driver().findElement(By.cssSelector(".gluework-contribution[data-contribution-id='" + id + "']"));
    }

    private WebElement rowWithSummary(String summary) {
        return driver().findElements(By.cssSelector(".gluework-contribution")).stream()
                .filter(r -> summary.equals(r.findElement(By.cssSelector(".gluework-summary")).getText()))
                .findFirst().orElse(null);
    }

    private String status() {
        return driver().findElement(By.cssSelector(".gluework-panel .gluework-status")).getText();
    }

    /** A same-origin JSON POST from the page, as the signed-in user: what a crafted request from the panel could do. */
    private long postFromThePage(String path, String body) {
        Object status = ((JavascriptExecutor) driver()).executeAsyncScript(
                "const done = arguments[arguments.length - 1];"
                        + "fetch(arguments[0], {method: 'POST', credentials: 'same-origin', body: arguments[1], headers:"
                        + " {'Content-Type': 'application/json', 'X-Atlassian-Token': 'no-check'}})"
                        + ".then(r => done(r.status), () => done(-1));", path, body);
        return (Long) status;
    }

    private HttpResponse<String> send(String method, String path, String user, String body) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(PREVIEW.url(path)).header("Content-Type", "application/json")
                .header("Accept", "application/json")
                .header("Authorization", "Basic " + Base64.getEncoder().encodeToString((user + ":" + user).getBytes(StandardCharsets.UTF_8)))
                .method(method, HttpRequest.BodyPublishers.ofString(body)).build();
        return http.send(request, HttpResponse.BodyHandlers.ofString());
    }

    private WebDriver driver() {
        return chromium.driver();
    }

    private WebDriverWait await() {
        return chromium.await();
    }
}
