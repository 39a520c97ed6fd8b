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

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

/** Personal data export (issue 11) over real HTTP, on the demo team: alice is the demo's Jira administrator. */
public class PersonalDataHttpIT {
    @ClassRule
    public static final RunningPreview PREVIEW = new RunningPreview();

    private static final String API = "/rest/gluework/1.0";
    private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
    private final ObjectMapper json = new ObjectMapper();

    @Test
    public void myselfExport_shouldDownloadEverythingThatNamesTheCallerAndNeverBeCached() throws Exception {
        // when
        HttpResponse<String> response = get(API + "/myself/export", "bob");

        // then
        assertEquals(response.body(), 200, response.statusCode());
        assertTrue(response.headers().firstValue("Content-Type").orElse("").startsWith("application/json"));
        assertEquals("no-store", response.headers().firstValue("Cache-Control").orElse(""));
        assertTrue(response.headers().firstValue("Content-Disposition").orElse("").contains("gluework-personal-data.json"));
        JsonNode export = json.readTree(response.body());
        assertEquals("bob", export.path("person").path("key").asText());
        assertEquals("Bob Adeyemi", export.path("person").path("displayName").asText());
        assertTrue("the demo names bob in glue", export.path("contributions").size() > 0);
        for (JsonNode contribution : export.path("contributions")) {
            boolean namesBob = contribution.path("contributor").path("key").asText().equals("bob")
                    || contribution.path("recordedBy").path("key").asText().equals("bob")
                    || contribution.path("roles").toString().contains("BENEFICIARY");
            assertTrue(contribution.toString(), namesBob);
        }
        for (JsonNode entry : export.path("historyEntries")) {
            assertTrue(entry.path("kind").asText().length() > 0);
        }
        assertTrue(export.path("additionalSections").isObject());
    }

    @Test
    public void myselfExport_shouldIncludeTheCallersWeeklyNotesPrivateOnesToo() throws Exception {
        // given: erin writes a private note for this week (notes may not be written for a future week)
        HttpResponse<String> saved = http.send(authorised(HttpRequest.newBuilder(PREVIEW.url(API + "/myself/notes/"
                        + com.gluework.core.notes.IsoWeek.of(java.time.LocalDate.now())))
                .header("Content-Type", "application/json").header("X-Atlassian-Token", "no-check")
                .PUT(HttpRequest.BodyPublishers.ofString(
                        "{\"bullets\":[\"Talked the on-call rota through with Dave\"],\"visibility\":\"PRIVATE\",\"version\":null}")),
                "erin").build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(saved.body(), 200, saved.statusCode());

        // when
        JsonNode export = json.readTree(get(API + "/myself/export", "erin").body());

        // then
        JsonNode notes = export.path("additionalSections").path("weeklyNotes");
        assertEquals(export.toString(), 1, notes.size());
        assertEquals("PRIVATE", notes.get(0).path("visibility").asText());
        assertEquals("Talked the on-call rota through with Dave", notes.get(0).path("bullets").get(0).asText());
        assertTrue("nobody else's notes", json.readTree(get(API + "/myself/export", "carol").body())
                .path("additionalSections").path("weeklyNotes").toString().indexOf("on-call rota") < 0);
    }

    @Test
    public void myselfExport_shouldAnswer401ToAnonymous() throws Exception {
        assertEquals(401, get(API + "/myself/export", null).statusCode());
    }

    @Test
    public void peopleExport_shouldBeForAdministratorsOnlyAndAuditedInThePersonsOwnExport() throws Exception {
        // given: a non-administrator is refused, and that refusal is not audited
        HttpResponse<String> refused = get(API + "/people/dave/export", "carol");
        assertEquals(refused.body(), 403, refused.statusCode());

        // when
        HttpResponse<String> byAdmin = get(API + "/people/dave/export", "alice");

        // then
        assertEquals(byAdmin.body(), 200, byAdmin.statusCode());
        JsonNode export = json.readTree(byAdmin.body());
        assertEquals("dave", export.path("person").path("key").asText());
        assertEquals("alice", export.path("exportedBy").path("key").asText());
        JsonNode own = json.readTree(get(API + "/myself/export", "dave").body());
        assertEquals(1, own.path("exportsOfPerson").size());
        assertEquals("alice", own.path("exportsOfPerson").get(0).path("exportedBy").path("key").asText());
    }

    @Test
    public void peopleExport_shouldExportAKeyNobodyHasAnyMoreAndRefuseAKeyNobodyCanHave() throws Exception {
        HttpResponse<String> gone = get(API + "/people/JIRAUSER99999/export", "alice");
        assertEquals(gone.body(), 200, gone.statusCode());
        assertEquals(0, json.readTree(gone.body()).path("contributions").size());

        HttpResponse<String> tooLong = get(API + "/people/" + "k".repeat(256) + "/export", "alice");
        assertEquals(tooLong.body(), 400, tooLong.statusCode());
        assertEquals("personKey", json.readTree(tooLong.body()).path("errors").get(0).path("field").asText());
        assertEquals(401, get(API + "/people/bob/export", null).statusCode());
    }

    private HttpResponse<String> get(String path, String user) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(PREVIEW.url(path)).GET();
        return http.send((user == null ? request : authorised(request, user)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private static HttpRequest.Builder authorised(HttpRequest.Builder request, String user) {
        return request.header("Authorization", "Basic "
                + Base64.getEncoder().encodeToString((user + ":" + user).getBytes(StandardCharsets.UTF_8)));
    }
}
