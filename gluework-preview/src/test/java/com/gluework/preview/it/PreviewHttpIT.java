package com.gluework.preview.it;

import com.gluework.preview.http.PreviewAuthenticationFilter;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.ClassRule;
import org.junit.Test;

import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.Base64;
import java.util.List;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

/** The preview over real HTTP, as a browser or a script would use it. */
public class PreviewHttpIT {
    @ClassRule
    public static final RunningPreview PREVIEW = new RunningPreview();

    private static final String API = "/rest/gluework/1.0";
    private static final String HOSTILE = "<script>alert(1)</script> & \"quotes\"";
    private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
    private final ObjectMapper json = new ObjectMapper();

    @Test
    public void start_shouldTakeLessThanTenSecondsAndWriteTheDemoDataAsJiraJson() {
        assertTrue("started in " + PREVIEW.startMillis() + " ms", PREVIEW.startMillis() < 10_000);
        assertTrue(Files.isRegularFile(PREVIEW.dataDir().resolve("jira/rest/api/2/search.json")));
        assertTrue(Files.isRegularFile(PREVIEW.dataDir().resolve("jira/rest/agile/1.0/board/1/sprint.json")));
        assertTrue(Files.isRegularFile(PREVIEW.dataDir().resolve("gluework.mv.db")));
    }

    @Test
    public void panel_shouldRenderTheSeededGlueForABrowsingUser() throws Exception {
        // when
        HttpResponse<String> panel = get(API + "/issues/GW-1/panel", "bob");

        // then
        assertEquals(200, panel.statusCode());
        assertTrue(panel.headers().firstValue("Content-Type").orElse("").startsWith("text/html"));
        assertTrue(panel.body().contains("data-issue-key=\"GW-1\""));
        assertTrue(panel.body().contains("Caught a data race in the capture retry path during review"));
    }

    @Test
    public void recordContribution_shouldAnswer201AndShowItEscapedInThePanel() throws Exception {
        // given
        int before = contributionCount("GW-3");

        // when
        HttpResponse<String> created = post(API + "/issues/GW-3/contributions", "bob", "application/json",
                draft("review", HOSTILE, List.of("https://git.payments.example/pull/1")));

        // then
        assertEquals(created.body(), 201, created.statusCode());
        assertTrue(created.headers().firstValue("Location").orElse("").contains("/contributions/"));
        JsonNode body = json.readTree(created.body());
        assertEquals(HOSTILE, body.path("summary").asText());
        assertEquals(before + 1, contributionCount("GW-3"));
        String panel = get(API + "/issues/GW-3/panel", "alice").body();
        assertTrue(panel.contains("&lt;script&gt;alert(1)&lt;/script&gt; &amp; &quot;quotes&quot;"));
        assertFalse(panel.contains("<script>alert(1)"));
    }

    @Test
    public void recordContribution_shouldAnswer401ToAnonymousAndStoreNothing() throws Exception {
        // given
        int before = contributionCount("GW-4");

        // when
        HttpResponse<String> response = post(API + "/issues/GW-4/contributions", null, "application/json", draft("review", "Anonymous", List.of()));

        // then
        assertEquals(401, response.statusCode());
        assertEquals(401, json.readTree(response.body()).path("status").asInt());
        assertEquals(before, contributionCount("GW-4"));
    }

    @Test
    public void recordContribution_shouldAnswer401ToAWrongPassword() throws Exception {
        HttpRequest request = HttpRequest.newBuilder(PREVIEW.url(API + "/issues/GW-4/contributions"))
                .header("Authorization", basic("bob", "not-bob")).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(draft("review", "x", List.of()))).build();
        assertEquals(401, http.send(request, HttpResponse.BodyHandlers.ofString()).statusCode());
    }

    @Test
    public void recordContribution_shouldRefuseNonJsonBodiesAndStoreNothing() throws Exception {
        // given
        int before = contributionCount("GW-5");
        String body = draft("review", "Sent as text", List.of());

        // when
        HttpResponse<String> plain = post(API + "/issues/GW-5/contributions", "bob", "text/plain", body);
        HttpResponse<String> form = post(API + "/issues/GW-5/contributions", "bob", "application/x-www-form-urlencoded", "summary=x");
        HttpRequest noCheck = HttpRequest.newBuilder(PREVIEW.url(API + "/issues/GW-5/contributions"))
                .header("Authorization", basic("bob", "bob")).header("Content-Type", "text/plain")
                .header("X-Atlassian-Token", "no-check").POST(HttpRequest.BodyPublishers.ofString(body)).build();
        HttpResponse<String> plainWithNoCheck = http.send(noCheck, HttpResponse.BodyHandlers.ofString());

        // then
        assertEquals(403, plain.statusCode());
        assertEquals(403, form.statusCode());
        assertEquals(415, plainWithNoCheck.statusCode());
        assertEquals(before, contributionCount("GW-5"));
    }

    @Test
    public void recordContribution_shouldRefuseACrossOriginRequest() throws Exception {
        // given
        int before = contributionCount("GW-6");
        HttpRequest request = HttpRequest.newBuilder(PREVIEW.url(API + "/issues/GW-6/contributions"))
                .header("Authorization", basic("bob", "bob")).header("Content-Type", "application/json")
                .header("X-Atlassian-Token", "no-check").header("Origin", "http://evil.example")
                .POST(HttpRequest.BodyPublishers.ofString(draft("review", "Cross-site", List.of()))).build();

        // when
        HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());

        // then
        assertEquals(403, response.statusCode());
        assertEquals(before, contributionCount("GW-6"));
    }

    @Test
    public void hiddenIssue_shouldLookExactlyLikeAnUnknownOne() throws Exception {
        // when
        HttpResponse<String> hiddenPanel = get(API + "/issues/SEC-1/panel", "bob");
        HttpResponse<String> unknownPanel = get(API + "/issues/SEC-404/panel", "bob");
        HttpResponse<String> hiddenPost = post(API + "/issues/SEC-1/contributions", "bob", "application/json", draft("review", "x", List.of()));
        HttpResponse<String> unknownPost = post(API + "/issues/SEC-404/contributions", "bob", "application/json", draft("review", "x", List.of()));

        // then
        assertEquals(404, hiddenPanel.statusCode());
        assertEquals(404, hiddenPost.statusCode());
        assertEquals(unknownPanel.statusCode(), hiddenPanel.statusCode());
        assertEquals(unknownPanel.body().replace("SEC-404", "KEY"), hiddenPanel.body().replace("SEC-1", "KEY"));
        assertEquals(unknownPost.body().replace("SEC-404", "KEY"), hiddenPost.body().replace("SEC-1", "KEY"));
        assertEquals(200, get(API + "/issues/SEC-1/panel", "alice").statusCode());
        assertEquals(404, get("/browse/SEC-1", "bob").statusCode());
        assertEquals(200, get("/browse/SEC-1", "alice").statusCode());
    }

    @Test
    public void recordContribution_shouldAnswer400NamingEachBadFieldAndStoreNothing() throws Exception {
        // given
        int before = contributionCount("GW-7");
        String tooLong = "x".repeat(256);

        // when / then
        assertBadField("summary", draft("review", "  ", List.of()));
        assertBadField("summary", draft("review", tooLong, List.of()));
        assertBadField("categoryKey", draft("no-such-category", "Fine summary", List.of()));
        assertBadField("evidenceLinks[0]", draft("review", "Fine summary", List.of("javascript:alert(1)")));
        assertBadField("contributorKey", json.writeValueAsString(java.util.Map.of("categoryKey", "review",
                "summary", "Fine summary", "contributorKey", "mallory")));
        HttpResponse<String> malformed = post(API + "/issues/GW-7/contributions", "bob", "application/json", "{\"summary\": ");
        assertEquals(400, malformed.statusCode());
        HttpResponse<String> badKey = post(API + "/issues/not-a-key/contributions", "bob", "application/json", draft("review", "x", List.of()));
        assertEquals(400, badKey.statusCode());
        assertEquals("issueKey", json.readTree(badKey.body()).path("errors").get(0).path("field").asText());
        assertEquals(before, contributionCount("GW-7"));
    }

    @Test
    public void pages_shouldServeTheIssuePageWithThePanelAndItsAssets() throws Exception {
        // when
        HttpResponse<String> root = get("/", null);
        HttpResponse<String> page = get("/browse/GW-1", "bob");
        HttpResponse<String> firstVisit = get("/browse/GW-1", null);
        HttpResponse<String> anonymousPage = http.send(HttpRequest.newBuilder(PREVIEW.url("/browse/GW-1"))
                .header("Cookie", PreviewAuthenticationFilter.USER_COOKIE + "=" + PreviewAuthenticationFilter.ANONYMOUS).GET().build(),
                HttpResponse.BodyHandlers.ofString());
        HttpResponse<String> anonymousRest = get(API + "/issues/GW-1/panel", null);
        HttpResponse<String> script = get("/static/gluework/js/gluework-panel.js", null);

        // then
        assertEquals(302, root.statusCode());
        assertTrue(root.headers().firstValue("Location").orElse("").endsWith("/browse/GW-1"));
        assertEquals(200, page.statusCode());
        assertTrue(page.body().contains("Retry failed card captures with idempotency keys"));
        assertTrue(page.body().contains("class=\"gluework-panel\""));
        assertTrue(page.body().contains("/static/aui/aui-prototyping.css"));
        assertFalse(anonymousPage.body().contains("class=\"gluework-panel\""));
        assertTrue("a first visit acts as the team lead", firstVisit.body().contains("class=\"gluework-panel\""));
        assertTrue(firstVisit.headers().firstValue("Set-Cookie").orElse("").startsWith("gluework_user=alice"));
        assertEquals("REST never defaults to a user", 404, anonymousRest.statusCode());
        assertEquals(200, script.statusCode());
        assertFalse("jsI18n left a call untransformed", script.body().matches("(?s).*AJS\\.I18n\\.getText\\(\\s*['\"].*"));
        for (String asset : List.of("/static/aui/aui-prototyping.css", "/static/aui/aui-prototyping.js", "/static/aui/jquery.min.js",
                "/static/aui/fonts/adgs-icons.woff", "/static/gluework/css/gluework-panel.css", "/static/preview/preview.js")) {
            assertEquals(asset, 200, get(asset, null).statusCode());
        }
        assertEquals(404, get("/static/aui/../../simplelogger.properties", null).statusCode());
        assertEquals(404, get("/static/gluework/i18n/gluework.properties", null).statusCode());
    }

    private void assertBadField(String field, String body) throws Exception {
        HttpResponse<String> response = post(API + "/issues/GW-7/contributions", "bob", "application/json", body);
        assertEquals(response.body(), 400, response.statusCode());
        JsonNode errors = json.readTree(response.body()).path("errors");
        boolean named = false;
        for (JsonNode error : errors) {
            named |= error.path("field").asText().equals(field);
        }
        assertTrue(field + " not named in " + response.body(), named);
    }

    private int contributionCount(String issueKey) throws Exception {
        HttpResponse<String> list = get(API + "/issues/" + issueKey + "/contributions", "alice");
        assertEquals(200, list.statusCode());
        return json.readTree(list.body()).size();
    }

    private String draft(String category, String summary, List<String> links) throws Exception {
        return json.writeValueAsString(java.util.Map.of("categoryKey", category, "summary", summary, "evidenceLinks", links));
    }

    private HttpResponse<String> get(String path, String user) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(PREVIEW.url(path)).GET();
        if (user != null) {
            request.header("Authorization", basic(user, user));
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> post(String path, String user, String contentType, String body) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(PREVIEW.url(path)).header("Content-Type", contentType)
                .POST(HttpRequest.BodyPublishers.ofString(body));
        if (user != null) {
            request.header("Authorization", basic(user, user));
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static String basic(String user, String password) {
        return "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
    }
}
