package com.gluework.preview.it;

import org.junit.Before;
import org.junit.ClassRule;
import org.junit.Rule;
import org.junit.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Cookie;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.net.URI;
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
 * The road from glue to careers in headless Chromium on the preview: alice (project admin of GW) opens bob's evidence
 * packet and its Markdown download; carol, a teammate, cannot; bob sees alice's view in his packet's audit log. The
 * calibration draft names only corroborated or evidenced glue.
 */
public class EvidencePacketBrowserIT {
    @ClassRule
    public static final RunningPreview PREVIEW = new RunningPreview();

    @Rule
    public final HeadlessChromium chromium = new HeadlessChromium("EvidencePacketBrowserIT");

    private WebDriver browser;
    private WebDriverWait wait;

    @Before
    public void openBrowser() {
        browser = chromium.driver();
        wait = chromium.await();
    }

    @Test
    public void aliceOpensBobsPacket_carolCannot_andBobSeesAlicesViewInHisAuditLog() throws Exception {
        // when alice opens bob's packet for the autumn
        actAs("alice");
        browser.get(PREVIEW.url("/packet?person=bob&from=2026-09-01&to=2026-12-31").toString());

        // then she sees his highlights, his glue by rubric dimension, and a draft naming only established glue
        WebElement packet = wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".gluework-packet")));
        assertTrue(browser.findElement(By.tagName("h1")).getText().startsWith("Evidence packet \u2014 Bob"));
        assertFalse(packet.findElements(By.cssSelector(".gluework-packet-highlights li")).isEmpty());
        assertFalse(packet.findElements(By.cssSelector(".gluework-packet-dimension")).isEmpty());
        String draft = packet.findElement(By.cssSelector(".gluework-packet-draft")).getText();
        for (WebElement item : packet.findElements(By.cssSelector(".gluework-packet-item"))) {
            String summary = item.findElement(By.tagName("strong")).getText();
            boolean selfReported = item.getText().contains("self-reported, not yet corroborated");
            if (selfReported) {
                assertFalse("the draft states self-reported glue: " + summary, draft.contains(summary + " ("));
            }
        }
        assertTrue(draft, draft.contains("corroborated by peers or backed by evidence"));

        // and the Markdown download is the same packet
        String markdownUrl = packet.findElement(By.cssSelector(".gluework-packet-markdown")).getAttribute("href");
        HttpResponse<String> markdown = get(markdownUrl, "alice");
        assertEquals(200, markdown.statusCode());
        assertTrue(markdown.body().startsWith("# Glue work evidence \u2014 Bob"));
        assertTrue(markdown.headers().firstValue("Content-Disposition").orElse("").contains("glue-evidence-2026-09-01-2026-12-31.md"));

        // when carol tries the same page
        actAs("carol");
        chromium.expectConsoleErrors("status of 403");
        browser.get(PREVIEW.url("/packet?person=bob").toString());

        // then she is refused, and no packet is shown
        assertEquals("Evidence packet", browser.findElement(By.cssSelector(".preview-message-title")).getText());
        assertTrue(browser.findElements(By.cssSelector(".gluework-packet")).isEmpty());

        // when bob opens his own packet from the menu
        actAs("bob");
        browser.get(PREVIEW.url("/browse/GW-1").toString());
        browser.findElement(By.cssSelector(".preview-packet-link")).click();

        // then his audit log lists alice's view, and not carol's refused attempt
        WebElement views = wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".gluework-packet-views")));
        List<WebElement> rows = views.findElements(By.cssSelector("tbody tr"));
        assertEquals(2, rows.size()); // the page and the download, both alice's
        rows.forEach(row -> assertTrue(row.getText(), row.getText().startsWith("Alice")));
    }

    private void actAs(String user) {
        browser.get(PREVIEW.url("/static/preview/preview.css").toString());
        browser.manage().addCookie(new Cookie("gluework_user", user, "/"));
    }

    private static HttpResponse<String> get(String url, String user) throws Exception {
        String basic = Base64.getEncoder().encodeToString((user + ":" + user).getBytes(StandardCharsets.UTF_8));
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(url))
                .header("Authorization", "Basic " + basic).GET().build(), HttpResponse.BodyHandlers.ofString());
    }
}
