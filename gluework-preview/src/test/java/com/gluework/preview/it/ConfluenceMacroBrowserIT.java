package com.gluework.preview.it;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
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

import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

/**
 * The Confluence-like space in headless Chromium: the sprint-3 review page renders the REAL macro class, which reads
 * the preview's REST API over HTTP as the signed-in user; each view shows what that API says about sprint 3 (checked
 * against the JSON itself), the PDF export is static, and the failure-modes page shows every failure message.
 */
public class ConfluenceMacroBrowserIT {
    @ClassRule
    public static final RunningPreview PREVIEW = new RunningPreview();

    @Rule
    public final HeadlessChromium chromium = new HeadlessChromium("ConfluenceMacroBrowserIT", 1600);

    private WebDriver browser;
    private WebDriverWait wait;

    @Before
    public void useChromium() {
        browser = chromium.driver();
        wait = chromium.await();
    }

    private void signInAs(String user) {
        browser.get(PREVIEW.url("/browse/GW-1").toString());
        new Select(wait.until(ExpectedConditions.elementToBeClickable(By.id("preview-user")))).selectByValue(user);
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".gluework-panel")));
    }

    @Test
    public void sprintReviewPage_shouldShowSprint3sGlueWinsInEachView() throws Exception {
        // given: carol opens the space from the header and the sprint review page from the space
        signInAs("carol");
        browser.findElement(By.cssSelector("a.preview-wiki-link")).click();
        wait.until(ExpectedConditions.elementToBeClickable(By.linkText("Sprint 3 review"))).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".gluework-sprint-summary")));
        JsonNode report = reportAs("carol", 3);

        // then: three macros, each on sprint 3 and none showing a problem
        List<WebElement> macros = browser.findElements(By.cssSelector(".wiki-content .gluework-sprint-summary"));
        assertEquals(3, macros.size());
        assertTrue(browser.findElements(By.cssSelector(".gluework-summary-problem")).isEmpty());
        for (WebElement macro : macros) {
            // textContent: AUI's lozenge shows "Active" in capitals through CSS
            assertEquals("Glue work in " + report.at("/sprint/name").asText() + " Active", macro.findElement(
                    By.cssSelector(".gluework-summary-title")).getAttribute("textContent").strip().replaceAll("\\s+", " "));
        }

        // wins (sprint "active" on board 1, at most 8): the API's first wins, in its order
        WebElement wins = macros.get(0);
        List<WebElement> shown = wins.findElements(By.cssSelector(".gluework-summary-win"));
        assertEquals(Math.min(8, report.get("wins").size()), shown.size());
        for (int i = 0; i < shown.size(); i++) {
            JsonNode win = report.get("wins").get(i);
            assertEquals(win.at("/contributor/displayName").asText(), shown.get(i).findElement(By.cssSelector(".gluework-win-contributor")).getText());
            assertEquals(win.get("summary").asText(), shown.get(i).findElement(By.cssSelector(".gluework-win-summary")).getText());
        }
        assertTrue(wins.findElements(By.cssSelector("table")).isEmpty());

        // matrix: a row per person with the API's counts
        WebElement matrix = macros.get(1);
        assertTrue(matrix.findElements(By.cssSelector(".gluework-summary-win")).isEmpty());
        List<WebElement> rows = matrix.findElements(By.cssSelector("table.gluework-summary-matrix tbody tr"));
        assertEquals(report.at("/matrix/rows").size(), rows.size());
        JsonNode firstRow = report.at("/matrix/rows/0");
        StringBuilder expected = new StringBuilder(firstRow.at("/person/displayName").asText());
        firstRow.get("counts").forEach(count -> expected.append(' ').append(count.asInt()));
        assertEquals(expected.append(' ').append(firstRow.get("total").asInt()).toString(), rows.get(0).getText());

        // full: wins, matrix, the distribution and the hero alert the API computed
        WebElement full = macros.get(2);
        assertEquals(Math.min(5, report.get("wins").size()), full.findElements(By.cssSelector(".gluework-summary-win")).size());
        assertEquals(rows.size(), full.findElements(By.cssSelector("table.gluework-summary-matrix tbody tr")).size());
        assertTrue(full.findElement(By.cssSelector(".gluework-summary-distribution")).getText()
                .startsWith(report.at("/distribution/topContributor/displayName").asText() + " did "));
        assertEquals(report.at("/heroAlert/message").asText(), full.findElement(By.cssSelector(".gluework-summary-hero")).getText());
        assertEquals(PREVIEW.url("/plugins/servlet/gluework/report?board=1&sprint=3").toString(),
                full.findElement(By.cssSelector(".gluework-summary-source a")).getAttribute("href"));

        // when: the page is exported to PDF, the macros are the static version: no scripts, no buttons
        browser.findElement(By.cssSelector("a.preview-wiki-export")).click();
        wait.until(ExpectedConditions.urlContains("output=pdf"));
        assertEquals(3, browser.findElements(By.cssSelector(".gluework-summary-exported")).size());
        assertTrue(browser.findElements(By.cssSelector(".wiki-content script, .wiki-content .aui-button")).isEmpty());
    }

    @Test
    public void failureModesPage_shouldShowEachFailuresMessageAndStillRenderThePage() {
        signInAs("alice");
        browser.get(PREVIEW.url("/wiki/spaces/PAY/pages/macro-failure-modes").toString());
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".preview-wiki-title")));

        List<String> kinds = new ArrayList<>();
        for (WebElement message : browser.findElements(By.cssSelector(".wiki-content .gluework-summary-problem"))) {
            String kind = message.getAttribute("class").replaceAll(".*gluework-problem-(\\S+).*", "$1");
            kinds.add(kind);
            assertTrue(kind, !message.findElement(By.cssSelector("p.title")).getText().isBlank());
        }
        assertEquals(List.of("authorisation-required", "jira-unreachable", "jira-slow", "authorisation-required",
                "not-found", "not-found", "glue-work-not-installed", "jira-error", "malformed-answer", "link-not-found",
                "bad-parameter"), kinds);
        String text = browser.findElement(By.cssSelector(".wiki-content")).getText();
        assertTrue(!text.contains("Exception") && !text.contains("gluework.macro"));
        assertEquals(PREVIEW.url("/wiki/authorise").toString(),
                browser.findElement(By.cssSelector("a.gluework-summary-authorise")).getAttribute("href"));
    }

    @Test
    public void aConfluenceWithoutAJiraLink_shouldTellTheReaderWhatTheAdministratorMustDo() {
        signInAs("alice");
        browser.get(PREVIEW.url("/wiki/spaces/PAY/pages/confluence-without-jira").toString());
        WebElement message = wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".gluework-problem-no-jira-link")));
        assertEquals("No Jira is linked to Confluence", message.findElement(By.cssSelector("p.title")).getText());
        assertTrue(message.getText(), message.getText().contains("Administration > Application links"));
    }

    @Test
    public void anonymousReader_shouldBeAskedToLogIn() {
        browser.get(PREVIEW.url("/browse/GW-1").toString());
        new Select(wait.until(ExpectedConditions.elementToBeClickable(By.id("preview-user")))).selectByValue("");
        browser.get(PREVIEW.url("/wiki/spaces/PAY/pages/sprint-3-review").toString());
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".gluework-problem-login-required")));
        assertEquals(3, browser.findElements(By.cssSelector(".gluework-problem-login-required")).size());
    }

    @Test
    public void recordAsGlue_shouldCreditDavesRunbookOnThePageInTheIssuePanelAndInTheSprintReport() throws Exception {
        // given: alice on Dave's runbook, which is labelled "runbook" and credited to nobody yet
        signInAs("alice");
        browser.get(PREVIEW.url("/wiki/spaces/PAY/pages/payments-alerting-runbook").toString());
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".preview-wiki-glue-suggestion")));
        assertTrue(browser.findElements(By.cssSelector(".gluework-page-credits")).isEmpty());
        String pageUrl = PREVIEW.url("/wiki/spaces/PAY/pages/payments-alerting-runbook").toString();

        // when: she opens the page action's dialog: docs & runbooks and the page's creator are proposed
        browser.findElement(By.cssSelector("a.preview-wiki-record-glue")).click();
        WebElement dialog = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("record-glue")));
        assertEquals("documentation", new Select(dialog.findElement(By.id("record-glue-category"))).getFirstSelectedOption().getAttribute("value"));
        assertTrue(dialog.findElement(By.id("record-glue-contributor-dave")).isSelected());
        assertTrue(!dialog.findElement(By.id("record-glue-contributor-frank")).isSelected());
        dialog.findElement(By.id("record-glue-issue")).sendKeys("GW-30");
        dialog.findElement(By.id("record-glue-summary")).sendKeys("Wrote the Payments alerting runbook");
        dialog.findElement(By.id("record-glue-impact")).sendKeys("On-call failed over to the secondary PSP without paging Dave");
        dialog.findElement(By.cssSelector(".preview-record-glue-submit")).click();

        // then: the page says so and credits Dave; the suggestion is gone
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".gluework-page-credits")));
        assertEquals("Credited: Dave Kowalski \u2014 docs & runbooks", browser.findElement(By.cssSelector(".gluework-page-credits")).getText());
        assertTrue(browser.findElements(By.cssSelector(".preview-wiki-glue-suggestion")).isEmpty());

        // and: GW-30's Glue Work panel lists it, linking back to the page
        browser.get(PREVIEW.url("/browse/GW-30").toString());
        WebElement row = wait.until(ExpectedConditions.visibilityOfElementLocated(By.xpath(
                "//*[contains(@class,'gluework-panel')]//*[contains(text(),'Wrote the Payments alerting runbook')]/ancestor::li[1]")));
        assertEquals(pageUrl, row.findElement(By.cssSelector("a.gluework-evidence-link")).getAttribute("href"));

        // and: sprint 3's report counts it as one of Dave's wins, with the link
        browser.get(PREVIEW.url("/report?board=1&sprint=3").toString());
        WebElement win = wait.until(ExpectedConditions.presenceOfElementLocated(By.xpath(
                "//li[contains(@class,'gluework-win')][.//*[contains(text(),'Wrote the Payments alerting runbook')]]")));
        assertTrue(win.getAttribute("textContent"), win.getAttribute("textContent").contains("Dave Kowalski"));
        assertEquals(pageUrl, win.findElement(By.cssSelector("a.gluework-evidence-link")).getAttribute("href"));
    }

    @Test
    public void recordAsGlue_withAnIssueTheUserMayNotSee_shouldShowJirasErrorAndStoreNothing() {
        signInAs("bob");
        browser.get(PREVIEW.url("/wiki/spaces/PAY/pages/payments-alerting-runbook#record-glue").toString());
        WebElement dialog = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("record-glue")));
        dialog.findElement(By.id("record-glue-issue")).sendKeys("SEC-1");
        dialog.findElement(By.id("record-glue-summary")).sendKeys("Runbook");
        dialog.findElement(By.cssSelector(".preview-record-glue-submit")).click();

        WebElement errors = wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".preview-record-glue-errors")));
        assertTrue(errors.getText(), errors.getText().startsWith("issueKey: Issue SEC-1 does not exist or you do not have permission"));
        assertEquals("SEC-1", browser.findElement(By.id("record-glue-issue")).getAttribute("value"));
    }

    private static JsonNode reportAs(String user, long sprintId) throws Exception {
        HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
        HttpRequest request = HttpRequest.newBuilder(PREVIEW.url("/rest/gluework/1.0/sprints/" + sprintId + "/report"))
                .header("Authorization", "Basic " + Base64.getEncoder().encodeToString((user + ":" + user).getBytes(StandardCharsets.UTF_8)))
                .header("Accept", "application/json").GET().build();
        HttpResponse<String> response = client.send(request, HttpResponse.BodyHandlers.ofString());
        assertEquals(response.body(), 200, response.statusCode());
        return new ObjectMapper().readTree(response.body());
    }

}
