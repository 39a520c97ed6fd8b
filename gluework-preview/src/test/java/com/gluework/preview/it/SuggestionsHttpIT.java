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
 * Possible glue over real HTTP on the demo team (issue 12): the three open suggestions of the demo story, "Not glue"
 * with its XSRF and permission rules, the personal list and page, and suggestions absent from every count, report and
 * packet.
 */
public class SuggestionsHttpIT {
    @ClassRule
    public static final RunningPreview PREVIEW = new RunningPreview();

    private static final String API = "/rest/gluework/1.0";
    private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
    private final ObjectMapper json = new ObjectMapper();

    @Test
    public void issueSuggestions_shouldListTheDemoStorysOpenGlueToSignedInViewersOnly() throws Exception {
        JsonNode onGw19 = json.readTree(get(API + "/issues/GW-19/suggestions", "carol").body());

        assertEquals(1, onGw19.size());
        assertEquals("frank", onGw19.get(0).path("person").path("key").asText());
        assertEquals("coordination", onGw19.get(0).path("category").path("key").asText());
        assertFalse(onGw19.get(0).path("canDismiss").asBoolean());
        assertEquals("[]", get(API + "/issues/GW-19/suggestions", null).body());
        assertEquals(400, get(API + "/issues/nope/suggestions", "carol").statusCode());
    }

    @Test
    public void notGlue_shouldNeedTheTokenAndThePersonThenHideItForEveryoneAndStayIdempotent() throws Exception {
        // given dave's hand-off on GW-23
        String id = json.readTree(get(API + "/issues/GW-23/suggestions", "dave").body()).get(0).path("id").asText();
        String dismissal = API + "/issues/GW-23/suggestions/" + id + "/dismissal";

        // then: no XSRF token, a colleague, an anonymous caller: refused, nothing stored
        assertEquals(403, put(dismissal, "dave", false).statusCode());
        assertEquals(403, put(dismissal, "bob", true).statusCode());
        assertEquals(401, put(dismissal, null, true).statusCode());
        assertEquals(1, json.readTree(get(API + "/issues/GW-23/suggestions", "bob").body()).size());

        // when dave answers, twice
        assertEquals(204, put(dismissal, "dave", true).statusCode());
        assertEquals(204, put(dismissal, "dave", true).statusCode());

        // then it is gone for everyone, and from his own list
        assertEquals("[]", get(API + "/issues/GW-23/suggestions", "bob").body());
        assertEquals("[]", get(API + "/myself/suggestions", "dave").body());
    }

    @Test
    public void mySuggestions_shouldListTheViewersOwnOpenGlueAndThePageShouldShowIt() throws Exception {
        JsonNode erins = json.readTree(get(API + "/myself/suggestions", "erin").body());

        assertEquals(1, erins.size());
        assertEquals("GW-22", erins.get(0).path("issueKey").asText());
        assertEquals("review", erins.get(0).path("category").path("key").asText());
        assertTrue(erins.get(0).path("canDismiss").asBoolean());
        assertEquals(401, get(API + "/myself/suggestions", null).statusCode());

        HttpResponse<String> page = get("/my-suggestions", "erin");
        assertEquals(200, page.statusCode());
        assertTrue(page.body().contains("href=\"/browse/GW-22\""));
        assertEquals(401, get("/my-suggestions", null).statusCode());
    }

    @Test
    public void suggestions_shouldNeverReachACountTheSprintReportOrAPacket() throws Exception {
        // given frank's open suggestion on GW-19 (sprint 2)
        JsonNode suggestion = json.readTree(get(API + "/issues/GW-19/suggestions", "frank").body()).get(0);
        String summary = suggestion.path("summary").asText();
        int recordedOnGw19 = json.readTree(get(API + "/issues/GW-19/contributions", "frank").body()).size();

        // then: the panel counts recorded glue only, and neither the report nor frank's packet carries the suggestion
        String panel = get(API + "/issues/GW-19/panel", "frank").body();
        assertTrue(panel, panel.contains("gluework-suggestion"));
        assertTrue(panel.contains(">" + recordedOnGw19 + "</span>"));
        String period = "?from=" + java.time.LocalDate.now().minusDays(300) + "&to=" + java.time.LocalDate.now().plusDays(1);
        for (String path : List.of(API + "/sprints/2/report", API + "/sprints/2/report.md", API + "/sprints/2/report.csv",
                API + "/people/frank/packet" + period, API + "/people/frank/packet.md" + period)) {
            HttpResponse<String> answer = get(path, "alice");
            assertEquals(path + " " + answer.body(), 200, answer.statusCode());
            assertFalse(path, answer.body().contains(summary));
        }
    }

    private HttpResponse<String> get(String path, String user) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(PREVIEW.url(path)).GET().header("Accept", "*/*");
        if (user != null) {
            request.header("Authorization", basic(user));
        } else {
            request.header("Cookie", "gluework_user=anonymous");
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    private HttpResponse<String> put(String path, String user, boolean withToken) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(PREVIEW.url(path)).PUT(HttpRequest.BodyPublishers.noBody())
                .header("Accept", "application/json");
        if (user != null) {
            request.header("Authorization", basic(user));
        } else {
            request.header("Cookie", "gluework_user=anonymous");
        }
        if (withToken) {
            request.header("X-Atlassian-Token", "no-check");
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    private static String basic(String user) {
        return "Basic " + Base64.getEncoder().encodeToString((user + ":" + user).getBytes(StandardCharsets.UTF_8));
    }
}
