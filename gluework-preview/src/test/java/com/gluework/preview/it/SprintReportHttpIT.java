package com.gluework.preview.it;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.ClassRule;
import org.junit.Test;

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
 * The sprint report over real HTTP on the demo data: board 1 "Payments", sprints 1–3, frank the hero of sprint 3,
 * SEC-1 (in sprint 3, browsable by alice only) showing that a viewer's totals leave out what they cannot see.
 */
public class SprintReportHttpIT {
    @ClassRule
    public static final RunningPreview PREVIEW = new RunningPreview();

    private static final String API = "/rest/gluework/1.0";
    private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
    private final ObjectMapper json = new ObjectMapper();

    @Test
    public void report_shouldAnswerTheWholeReportShapeWithTheHeroAlertOnSprint3() throws Exception {
        // when
        HttpResponse<String> response = get(API + "/sprints/3/report", "carol");

        // then
        assertEquals(response.body(), 200, response.statusCode());
        assertTrue(response.headers().firstValue("Content-Type").orElse("").startsWith("application/json"));
        JsonNode report = json.readTree(response.body());
        for (String field : List.of("sprint", "firstDay", "lastDay", "headline", "wins", "matrix", "distribution",
                "opportunities", "heroAlert", "comparison", "outcomes")) {
            assertTrue("has " + field, report.has(field));
        }
        assertEquals("ACTIVE", report.path("sprint").path("state").asText());
        JsonNode hero = report.path("heroAlert");
        assertEquals("frank", hero.path("hero").path("key").asText());
        assertTrue("frank carries 45-50%: " + hero.path("share"), hero.path("share").asDouble() >= 0.45
                && hero.path("share").asDouble() <= 0.50);
        assertEquals(0.4, hero.path("threshold").asDouble(), 1e-9);
        assertTrue(report.path("wins").size() > 5);
        assertEquals(report.path("matrix").path("columns").size(), report.path("matrix").path("rows").get(0).path("counts").size());
        assertEquals(2, report.path("comparison").path("previousSprint").path("id").asInt());
        assertTrue(report.path("outcomes").path("smallSamples").asBoolean());
        assertTrue(report.path("outcomes").path("clarified").path("issueCount").asInt() > 0);
    }

    @Test
    public void report_shouldLeaveGlueOnAnIssueTheViewerCannotBrowseOutOfEveryTotal() throws Exception {
        // given: alice records glue on SEC-1, which is in sprint 3 and which only she may browse
        HttpResponse<String> recorded = post(API + "/issues/SEC-1/contributions", "alice",
                "{\"categoryKey\":\"incident\",\"summary\":\"Rotated the leaked PSP key within the hour\"}");
        assertEquals(recorded.body(), 201, recorded.statusCode());

        // when
        JsonNode forAlice = json.readTree(get(API + "/sprints/3/report", "alice").body());
        JsonNode forBob = json.readTree(get(API + "/sprints/3/report", "bob").body());
        String bobsCsv = get(API + "/sprints/3/report.csv", "bob").body();

        // then
        int aliceTotal = forAlice.path("headline").path("contributions").asInt();
        assertEquals(aliceTotal - 1, forBob.path("headline").path("contributions").asInt());
        assertEquals(aliceTotal - 1, forBob.path("matrix").path("total").asInt());
        assertEquals(forAlice.path("outcomes").path("others").path("issueCount").asInt() - 1,
                forBob.path("outcomes").path("others").path("issueCount").asInt());
        assertFalse(get(API + "/sprints/3/report", "bob").body().contains("leaked PSP key"));
        assertFalse(bobsCsv.contains("SEC-1"));
        assertTrue(get(API + "/sprints/3/report.csv", "alice").body().contains("SEC-1"));
    }

    @Test
    public void report_ofAnUnknownSprint_shouldAnswer404AndAnonymous401() throws Exception {
        assertEquals(404, get(API + "/sprints/99/report", "bob").statusCode());
        assertEquals(404, get(API + "/sprints/nope/report", "bob").statusCode());
        assertEquals(404, get(API + "/boards/7/sprints", "bob").statusCode());
        HttpResponse<String> anonymous = get(API + "/sprints/3/report", null);
        assertEquals(401, anonymous.statusCode());
        assertEquals(401, json.readTree(anonymous.body()).path("status").asInt());
        assertEquals(401, get(API + "/sprints/3/report.csv", null).statusCode());
        assertEquals(401, get(API + "/boards", null).statusCode());
    }

    @Test
    public void boards_shouldOfferPaymentsWithItsThreeSprintsOpeningOnTheActiveOne() throws Exception {
        JsonNode boards = json.readTree(get(API + "/boards", "erin").body());
        JsonNode sprints = json.readTree(get(API + "/boards/1/sprints", "erin").body());

        assertEquals("Payments", boards.get(0).path("name").asText());
        assertEquals(List.of(1, 2, 3), List.of(sprints.path("sprints").get(0).path("id").asInt(),
                sprints.path("sprints").get(1).path("id").asInt(), sprints.path("sprints").get(2).path("id").asInt()));
        assertEquals(3, sprints.path("defaultSprintId").asInt());
    }

    @Test
    public void charts_shouldBeSvgImagesThatCannotRunScript() throws Exception {
        HttpResponse<String> chart = get(API + "/sprints/3/charts/distribution.svg", "dave");

        assertEquals(200, chart.statusCode());
        assertEquals("image/svg+xml", chart.headers().firstValue("Content-Type").orElse(""));
        assertTrue(chart.headers().firstValue("Content-Security-Policy").orElse("").startsWith("default-src 'none'"));
        assertTrue(chart.body().contains("role=\"img\""));
        assertTrue(chart.body().contains("Frank Osei"));
    }

    @Test
    public void reportPage_shouldRenderInTheFrameAndAnswer404ForAnUnknownSprintAnd400ForANonNumericOne() throws Exception {
        HttpResponse<String> page = get("/report?board=1&sprint=3", "alice");
        assertEquals(200, page.statusCode());
        assertTrue(page.body().contains("class=\"gluework-report\""));
        assertTrue(page.body().contains("gluework-hero-alert"));
        assertTrue(page.body().contains("href=\"/report\" class=\"preview-report-link\""));
        assertEquals(404, get("/report?sprint=42", "alice").statusCode());
        // as in Jira (gluework-web's SprintReportPageViewFactory decides for both)
        HttpResponse<String> malformed = get("/report?sprint=%3Cscript%3E", "alice");
        assertEquals(400, malformed.statusCode());
        assertTrue(malformed.body().contains("gluework-report-notice"));
    }

    private HttpResponse<String> get(String path, String user) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(PREVIEW.url(path)).GET();
        if (user != null) {
            request.header("Authorization", basic(user));
        } else {
            request.header("Cookie", "gluework_user=anonymous");
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    private HttpResponse<String> post(String path, String user, String body) throws Exception {
        return http.send(HttpRequest.newBuilder(PREVIEW.url(path)).header("Authorization", basic(user))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body)).build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    private static String basic(String user) {
        return "Basic " + Base64.getEncoder().encodeToString((user + ":" + user).getBytes(StandardCharsets.UTF_8));
    }
}
