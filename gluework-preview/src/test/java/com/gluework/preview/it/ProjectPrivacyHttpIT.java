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
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

/**
 * A project's per-person privacy setting over real HTTP (issue 11), on the demo team: alice administers GW, the demo
 * board's project. One scenario, in order, since the setting is shared state of the one preview.
 */
public class ProjectPrivacyHttpIT {
    @ClassRule
    public static final RunningPreview PREVIEW = new RunningPreview();

    private static final String API = "/rest/gluework/1.0";
    private static final String SETTING = API + "/projects/GW/privacy";
    /** The demo team's display names: none may appear in any format for a viewer who is not a GW admin. */
    private static final List<String> NAMES = List.of("Alice Moreau", "Bob Adeyemi", "Carol Lindqvist", "Dave Kowalski",
            "Erin Castillo", "Frank Osei");

    private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
    private final ObjectMapper json = new ObjectMapper();

    @Test
    public void adminRestrictsPerPersonFigures_thenNoFormatNamesAnyoneForOthers_andTheAdminStillSeesThem() throws Exception {
        // given: the default, readable by a browser of the project, changeable by its admin only
        JsonNode forBob = json.readTree(send("GET", SETTING, "bob", null, null).body());
        assertEquals("EVERYONE", forBob.path("perPersonFigures").asText());
        assertFalse(forBob.path("canChange").asBoolean());
        assertTrue(json.readTree(send("GET", SETTING, "alice", null, null).body()).path("canChange").asBoolean());
        assertTrue(page("bob").contains("Frank Osei"));
        assertTrue("the control is for admins", page("alice").contains("class=\"aui preview-privacy\""));
        assertFalse(page("bob").contains("preview-privacy\""));

        // refused: not an admin; a form-encodable body without the XSRF header; a value that is not one of the two
        assertEquals(403, send("PUT", SETTING, "bob", "application/json", "{\"perPersonFigures\":\"PROJECT_ADMINS\"}").statusCode());
        HttpResponse<String> forged = send("PUT", SETTING, "alice", "text/plain", "{\"perPersonFigures\":\"PROJECT_ADMINS\"}");
        assertEquals(forged.body(), 403, forged.statusCode());
        HttpResponse<String> bad = send("PUT", SETTING, "alice", "application/json", "{\"perPersonFigures\":\"nobody\"}");
        assertEquals(400, bad.statusCode());
        assertEquals("perPersonFigures", json.readTree(bad.body()).path("errors").get(0).path("field").asText());
        assertEquals("EVERYONE", json.readTree(send("GET", SETTING, "bob", null, null).body()).path("perPersonFigures").asText());

        // when
        HttpResponse<String> changed = send("PUT", SETTING, "alice", "application/json", "{\"perPersonFigures\":\"PROJECT_ADMINS\"}");

        // then
        assertEquals(changed.body(), 200, changed.statusCode());
        assertEquals("PROJECT_ADMINS", json.readTree(changed.body()).path("perPersonFigures").asText());
        Map<String, String> bobs = formats("bob");
        bobs.forEach((format, body) -> NAMES.forEach(name -> assertFalse(format + " names " + name, body.contains(name))));
        assertTrue(bobs.get("report").contains("\"perPersonHidden\":true"));
        assertTrue(page("bob").contains("gluework-per-person-hidden"));
        Map<String, String> alices = formats("alice");
        assertTrue(alices.get("report").contains("\"perPersonHidden\":false"));
        assertTrue(alices.get("report.md").contains("Frank Osei"));

        // and back
        send("PUT", SETTING, "alice", "application/json", "{\"perPersonFigures\":\"EVERYONE\"}");
        assertTrue(formats("bob").get("report.csv").contains("Frank Osei"));
    }

    @Test
    public void setting_ofAnUnknownProject_shouldBe404AndOfAnonymous401() throws Exception {
        assertEquals(404, send("GET", API + "/projects/NOPE/privacy", "alice", null, null).statusCode());
        assertEquals(401, send("GET", SETTING, null, null, null).statusCode());
    }

    /** Sprint 3 (the demo's active sprint) in every format the API serves. */
    private Map<String, String> formats(String user) throws Exception {
        Map<String, String> formats = new LinkedHashMap<>();
        for (String format : List.of("report", "report.csv", "report.md", "report.html", "charts/categories.svg",
                "charts/distribution.svg")) {
            HttpResponse<String> response = send("GET", API + "/sprints/3/" + format, user, null, null);
            assertEquals(format, 200, response.statusCode());
            formats.put(format, response.body());
        }
        return formats;
    }

    private String page(String user) throws Exception {
        HttpResponse<String> response = send("GET", "/report", user, null, null);
        assertEquals(200, response.statusCode());
        return response.body();
    }

    private HttpResponse<String> send(String method, String path, String user, String contentType, String body) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(PREVIEW.url(path))
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        if (contentType != null) {
            request.header("Content-Type", contentType);
        }
        if (user != null) {
            request.header("Authorization", "Basic " + Base64.getEncoder().encodeToString((user + ":" + user)
                    .getBytes(StandardCharsets.UTF_8)));
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }
}
