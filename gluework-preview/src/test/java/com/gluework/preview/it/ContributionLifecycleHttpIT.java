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
import java.util.Map;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

/**
 * A contribution's life over real HTTP on the preview: read, edit with optimistic locking, retire, restore, history,
 * withdraw a corroboration (a DELETE, under the same XSRF rules as every state change) and the people search.
 */
public class ContributionLifecycleHttpIT {
    @ClassRule
    public static final RunningPreview PREVIEW = new RunningPreview();

    private static final String API = "/rest/gluework/1.0";
    private final HttpClient http = HttpClient.newHttpClient();
    private final ObjectMapper json = new ObjectMapper();

    @Test
    public void edit_shouldAnswer200ThenRefuseTheSameStaleVersionWith409AndKeepTheFirstEdit() throws Exception {
        // given: carol's glue on GW-8
        JsonNode recorded = body(send("POST", API + "/issues/GW-8/contributions", "carol", draft("Paired on the flaky test", 0)));
        String url = API + "/contributions/" + recorded.path("id").asLong();

        // when: carol edits version 1, then sends a second edit still based on version 1
        HttpResponse<String> first = send("PUT", url, "carol", draft("Paired with erin on the flaky test", 1));
        HttpResponse<String> stale = send("PUT", url, "carol", draft("Something else", 1));

        // then
        assertEquals(first.body(), 200, first.statusCode());
        assertEquals(2, body(first).path("version").asInt());
        assertEquals(409, stale.statusCode());
        assertEquals("version", body(stale).path("errors").get(0).path("field").asText());
        assertEquals("Paired with erin on the flaky test", body(send("GET", url, "dave", null)).path("summary").asText());
    }

    @Test
    public void edit_shouldBeRefusedToSomeoneWhoMayNot() throws Exception {
        // given
        JsonNode recorded = body(send("POST", API + "/issues/GW-8/contributions", "carol", draft("Reviewed the schema", 0)));

        // when
        HttpResponse<String> byDave = send("PUT", API + "/contributions/" + recorded.path("id").asLong(), "dave",
                draft("Dave's words", 1));

        // then
        assertEquals(403, byDave.statusCode());
    }

    @Test
    public void retireThenRestore_shouldHideAndBringBackAndBeInTheHistory() throws Exception {
        // given
        JsonNode recorded = body(send("POST", API + "/issues/GW-9/contributions", "carol", draft("Wrote the hand-off notes", 0)));
        long id = recorded.path("id").asLong();
        String url = API + "/contributions/" + id;

        // when
        HttpResponse<String> retired = send("POST", url + "/retire", "carol", "{\"version\":1}");
        String panelWhileRetired = html(API + "/issues/GW-9/panel", "dave");
        HttpResponse<String> restored = send("POST", url + "/restore", "carol", "{\"version\":2}");
        HttpResponse<String> history = send("GET", url + "/history", "dave", null);
        String historyHtml = html(url + "/history", "dave");

        // then
        assertEquals(retired.body(), 200, retired.statusCode());
        assertEquals("RETIRED", body(retired).path("state").asText());
        assertTrue(panelWhileRetired.contains("data-issue-key=\"GW-9\""));
        assertFalse("retired glue is not shown to others", panelWhileRetired.contains("Wrote the hand-off notes"));
        assertEquals("ACTIVE", body(restored).path("state").asText());
        assertEquals(List.of("CREATED", "RETIRED", "RESTORED"), body(history).findValuesAsText("kind"));
        assertEquals("Carol Lindqvist", body(history).get(1).path("actor").path("displayName").asText());
        assertTrue(historyHtml.contains("retired it"));
    }

    @Test
    public void withdrawMine_shouldBeADeleteUnderTheXsrfRules() throws Exception {
        // given: dave corroborated carol's glue
        JsonNode recorded = body(send("POST", API + "/issues/GW-10/contributions", "carol", draft("Unblocked the release", 0)));
        String mine = API + "/contributions/" + recorded.path("id").asLong() + "/corroborations/mine";
        assertEquals(201, send("POST", API + "/contributions/" + recorded.path("id").asLong() + "/corroborations", "dave", "{}").statusCode());

        // when
        HttpResponse<String> withoutToken = http.send(request("DELETE", mine, "dave", null).build(), HttpResponse.BodyHandlers.ofString());
        // passes the servlet filter (not a form type) but not the API's own filter: a DELETE needs the header
        HttpResponse<String> xmlWithoutToken = http.send(request("DELETE", mine, "dave", null)
                .header("Content-Type", "application/xml").build(), HttpResponse.BodyHandlers.ofString());
        HttpResponse<String> crossSite = http.send(request("DELETE", mine, "dave", null).header("X-Atlassian-Token", "no-check")
                .header("Origin", "http://evil.example").build(), HttpResponse.BodyHandlers.ofString());
        HttpResponse<String> withToken = http.send(request("DELETE", mine, "dave", null).header("X-Atlassian-Token", "no-check")
                .build(), HttpResponse.BodyHandlers.ofString());
        HttpResponse<String> again = http.send(request("DELETE", mine, "dave", null).header("X-Atlassian-Token", "no-check")
                .build(), HttpResponse.BodyHandlers.ofString());

        // then
        assertEquals(403, withoutToken.statusCode());
        assertEquals(403, xmlWithoutToken.statusCode());
        assertEquals("xsrf", body(xmlWithoutToken).path("errors").get(0).path("field").asText());
        assertEquals(403, crossSite.statusCode());
        assertEquals(withToken.body(), 200, withToken.statusCode());
        assertEquals(0, body(withToken).path("corroborations").size());
        assertEquals(409, again.statusCode());
    }

    @Test
    public void corroborateOwn_shouldBeForbidden() throws Exception {
        // given
        JsonNode recorded = body(send("POST", API + "/issues/GW-10/contributions", "carol", draft("Ran the retro", 0)));

        // when
        HttpResponse<String> own = send("POST", API + "/contributions/" + recorded.path("id").asLong() + "/corroborations",
                "carol", "{\"note\":\"me too\"}");

        // then
        assertEquals(403, own.statusCode());
    }

    @Test
    public void people_shouldFindActiveTeammatesForLoggedInUsersOnly() throws Exception {
        // when
        HttpResponse<String> found = send("GET", API + "/people?query=car", "bob", null);
        HttpResponse<String> empty = send("GET", API + "/people?query=", "bob", null);
        HttpResponse<String> anonymous = send("GET", API + "/people?query=car", null, null);

        // then
        assertEquals(200, found.statusCode());
        assertEquals("carol", body(found).get(0).path("key").asText());
        assertEquals(400, empty.statusCode());
        assertEquals(401, anonymous.statusCode());
    }

    @Test
    public void demoStory_shouldHoldARetiredContributionWithItsHistoryForThoseWhoMayRestoreIt() throws Exception {
        // when
        String asBob = html(API + "/issues/GW-1/panel", "bob");
        String asCarol = html(API + "/issues/GW-1/panel", "carol");
        JsonNode listedForBob = body(send("GET", API + "/issues/GW-1/contributions", "bob", null));
        JsonNode listedForCarol = body(send("GET", API + "/issues/GW-1/contributions", "carol", null));

        // then: bob recorded the duplicate, so he sees it and its history; carol may neither list nor read it
        assertTrue(asBob.contains("Reviewed the retry change for PSP timeouts"));
        assertTrue(asBob.contains("gluework-show-retired"));
        assertTrue(asCarol.contains("Second review of the retry change"));
        assertFalse(asCarol.contains("Reviewed the retry change for PSP timeouts"));
        assertFalse(listedForCarol.findValuesAsText("state").contains("RETIRED"));
        long retiredId = 0;
        for (JsonNode c : listedForBob) {
            if (c.path("state").asText().equals("RETIRED")) {
                retiredId = c.path("id").asLong();
            }
        }
        String history = API + "/contributions/" + retiredId + "/history";
        assertEquals(List.of("CREATED", "RETIRED"), body(send("GET", history, "bob", null)).findValuesAsText("kind"));
        assertEquals(404, send("GET", history, "carol", null).statusCode());
        assertEquals(404, send("GET", API + "/contributions/" + retiredId, "carol", null).statusCode());
    }

    private String draft(String summary, int version) throws Exception {
        return version == 0
                ? json.writeValueAsString(Map.of("categoryKey", "mentoring", "summary", summary))
                : json.writeValueAsString(Map.of("categoryKey", "mentoring", "summary", summary, "version", version));
    }

    /** A fragment endpoint's HTML, asserting it really is HTML. */
    private String html(String path, String user) throws Exception {
        HttpResponse<String> response = http.send(request("GET", path, user, null).setHeader("Accept", "text/html").build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(response.body(), 200, response.statusCode());
        assertTrue(response.headers().firstValue("Content-Type").orElse("").startsWith("text/html"));
        return response.body();
    }

    private JsonNode body(HttpResponse<String> response) throws Exception {
        return json.readTree(response.body());
    }

    private HttpResponse<String> send(String method, String path, String user, String jsonBody) throws Exception {
        HttpRequest.Builder request = request(method, path, user, jsonBody);
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private HttpRequest.Builder request(String method, String path, String user, String jsonBody) {
        HttpRequest.Builder request = HttpRequest.newBuilder(PREVIEW.url(path)).header("Accept", "application/json")
                .method(method, jsonBody == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(jsonBody));
        if (jsonBody != null) {
            request.header("Content-Type", "application/json");
        }
        if (user != null) {
            request.header("Authorization", "Basic " + Base64.getEncoder().encodeToString((user + ":" + user)
                    .getBytes(StandardCharsets.UTF_8)));
        }
        return request;
    }
}
