package com.gluework.web.rest;

import com.atlassian.plugins.rest.api.security.annotation.AnonymousSiteAccess;
import com.atlassian.plugins.rest.api.security.annotation.LicensedOnly;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.gluework.web.testing.InMemoryGlueWork;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import org.glassfish.jersey.jackson.JacksonFeature;
import org.glassfish.jersey.server.ApplicationHandler;
import org.glassfish.jersey.server.ContainerRequest;
import org.glassfish.jersey.server.ContainerResponse;
import org.glassfish.jersey.server.ResourceConfig;
import org.junit.Test;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.lang.reflect.Method;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

/** The "My glue" resources inside a real Jersey runtime, in memory, with the XSRF filter and strict body reader. */
public class MyGlueRestApiTest {
    private static final URI BASE = URI.create("http://localhost:2990/rest/gluework/1.0/");
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String JSON_TYPE = "application/json";
    /** InMemoryGlueWork's clock stands in 2026-W48. */
    private static final String WEEK = "notes/2026-W48";

    private final InMemoryGlueWork glueWork = new InMemoryGlueWork();
    private final ApplicationHandler app = app();

    @Test
    public void putThenGet_shouldCreateTheNoteThenEditItWithItsVersionAndRefuseTheStaleOne() throws Exception {
        // given
        glueWork.currentUser.actAs("bob");
        JsonNode empty = call("GET", "myself/" + WEEK, null).json();

        // when
        Answer created = call("PUT", "myself/" + WEEK, "{\"bullets\":[\"Unblocked <Carol> & Dave\",\"\"],\"version\":null}");
        Answer edited = call("PUT", "myself/" + WEEK,
                "{\"bullets\":[\"Unblocked <Carol> & Dave\",\"Wrote the runbook\"],\"visibility\":\"PRIVATE\",\"version\":1}");
        Answer stale = call("PUT", "myself/" + WEEK, "{\"bullets\":[\"Lost\"],\"version\":1}");
        Answer secondFirst = call("PUT", "myself/" + WEEK, "{\"bullets\":[\"Lost too\"]}");
        Answer read = call("GET", "myself/" + WEEK, null);

        // then
        assertTrue(empty.get("version").isNull());
        assertEquals(0, empty.get("bullets").size());
        assertEquals("2026-11-23", empty.get("monday").asText());
        assertEquals(created.body, 200, created.status);
        assertEquals(1, created.json().get("version").asInt());
        assertEquals("Unblocked <Carol> & Dave", created.json().get("bullets").get(0).asText());
        assertEquals(2, edited.json().get("version").asInt());
        assertEquals(409, stale.status);
        assertEquals("version", stale.json().get("errors").get(0).get("field").asText());
        assertEquals(409, secondFirst.status);
        assertEquals(read.body, List.of("Unblocked <Carol> & Dave", "Wrote the runbook"), strings(read.json().get("bullets")));
        assertEquals("PRIVATE", read.json().get("visibility").asText());
        assertEquals("no-store", read.header("Cache-Control"));
        assertEquals(1, call("GET", "myself/notes?from=2026-11-01&to=2026-11-30", null).json().size());
    }

    @Test
    public void put_shouldAnswer400NamingTheFieldAndStoreNothing() throws Exception {
        glueWork.currentUser.actAs("bob");

        assertEquals("bullets", field(call("PUT", "myself/" + WEEK, "{\"bullets\":[]}"), 400));
        assertEquals("bullets[1]", field(call("PUT", "myself/" + WEEK, "{\"bullets\":[\"ok\",\"" + "x".repeat(201) + "\"]}"), 400));
        assertEquals("visibility", field(call("PUT", "myself/" + WEEK, "{\"bullets\":[\"ok\"],\"visibility\":\"EVERYONE\"}"), 400));
        assertEquals("week", field(call("PUT", "myself/notes/2026-W60", "{\"bullets\":[\"ok\"]}"), 400));
        assertEquals("week", field(call("PUT", "myself/notes/2026-W49", "{\"bullets\":[\"ok\"]}"), 400));
        assertEquals("week", field(call("GET", "myself/notes/next-week", null), 400));
        assertEquals("version", field(call("PUT", "myself/" + WEEK, "{\"bullets\":[\"ok\"],\"version\":\"one\"}"), 400));
        assertEquals("body", field(call("PUT", "myself/" + WEEK, "{\"bullets\":"), 400));
        assertEquals(404, call("PUT", "myself/" + WEEK, "{\"bullets\":[\"ok\"],\"version\":3}").status);
        assertTrue(call("GET", "myself/" + WEEK, null).json().get("version").isNull());
    }

    @Test
    public void put_fromAFormOrAnotherSiteOrAnonymous_shouldBeRefusedBeforeAnythingIsStored() throws Exception {
        glueWork.currentUser.actAs("bob");

        Answer form = call("PUT", "myself/" + WEEK, "application/x-www-form-urlencoded", "bullets=x", Map.of());
        Answer otherSite = call("PUT", "myself/" + WEEK, JSON_TYPE, "{\"bullets\":[\"x\"]}", Map.of("Origin", "https://evil.example"));
        glueWork.currentUser.anonymous();
        Answer anonymous = call("PUT", "myself/" + WEEK, "{\"bullets\":[\"x\"]}");

        assertEquals(403, form.status);
        assertEquals(403, otherSite.status);
        assertEquals(401, anonymous.status);
        assertEquals(List.of(), glueWork.notes.findBetween("bob", new com.gluework.core.notes.IsoWeek(2026, 1),
                new com.gluework.core.notes.IsoWeek(2026, 52)));
    }

    @Test
    public void getPersonNotes_shouldShowPrivateNotesToThePersonAndTheirLeadOnly() throws Exception {
        // given: bob did glue on GW-1 (alice administers the projects); one TEAM and one PRIVATE note
        glueWork.host.withProjectAdmin("alice");
        glueWork.record("bob", "GW-1", "review", "Caught a race");
        glueWork.myGlue.saveMyNote(Optional.of("bob"), "2026-W47", List.of("Team note"), "TEAM", null);
        glueWork.myGlue.saveMyNote(Optional.of("bob"), "2026-W48", List.of("For my lead"), "PRIVATE", null);
        String path = "people/bob/notes?from=2026-11-01&to=2026-11-30";

        // when
        glueWork.currentUser.actAs("alice");
        Answer lead = call("GET", path, null);
        glueWork.currentUser.actAs("carol");
        Answer teammate = call("GET", path, null);
        glueWork.currentUser.anonymous();
        Answer anonymous = call("GET", path, null);
        glueWork.currentUser.actAs("carol");
        Answer unknown = call("GET", "people/nobody/notes?from=2026-11-01&to=2026-11-30", null);
        Answer badPeriod = call("GET", "people/bob/notes?from=2026-11-30&to=2026-11-01", null);

        // then
        assertEquals(lead.body, 200, lead.status);
        assertEquals(2, lead.json().get("notes").size());
        assertEquals("Bob Builder", lead.json().get("person").get("displayName").asText());
        assertEquals(1, teammate.json().get("notes").size());
        assertEquals("TEAM", teammate.json().get("notes").get(0).get("visibility").asText());
        assertEquals(401, anonymous.status);
        assertEquals(404, unknown.status);
        assertEquals("to", field(badPeriod, 400));
    }

    @Test
    public void getTimeline_shouldGiveEntriesSharesAndTheUncorroboratedGlue() throws Exception {
        // given
        long review = glueWork.record("bob", "GW-1", "review", "Caught a race");
        glueWork.service.corroborate(Optional.of("dave"), review, "Saw it");
        long docs = glueWork.record("bob", "GW-2", "documentation", "Wrote the runbook");
        glueWork.currentUser.actAs("bob");

        // when
        Answer timeline = call("GET", "myself/timeline?from=2026-11-01&to=2026-11-30", null);
        Answer bad = call("GET", "myself/timeline?from=2026-11-01&to=30.11.2026", null);
        glueWork.currentUser.anonymous();
        Answer anonymous = call("GET", "myself/timeline?from=2026-11-01&to=2026-11-30", null);

        // then
        assertEquals(timeline.body, 200, timeline.status);
        JsonNode json = timeline.json();
        assertEquals(3, json.get("entries").size());
        assertTrue(json.get("entries").toString().contains("\"kind\":\"CORROBORATED\""));
        assertTrue(json.get("entries").toString().contains("Dave Docs"));
        assertEquals(100, json.get("shares").get(0).get("percent").asInt() + json.get("shares").get(1).get("percent").asInt());
        assertEquals(1, json.get("uncorroborated").size());
        assertEquals(docs, json.get("uncorroborated").get(0).get("contributionId").asLong());
        assertEquals("SELF_REPORTED", json.get("uncorroborated").get(0).get("strength").asText());
        assertEquals("to", field(bad, 400));
        assertEquals(401, anonymous.status);
    }

    @Test
    public void everyMyGlueResourceAndMethod_shouldBeForLicensedUsersOnly() {
        List<Class<?>> wired = GlueWorkRestComponents.myGlueResources(null, null, null).stream()
                .<Class<?>>map(Object::getClass).toList();
        assertEquals(List.of(MyGlueResource.class, PersonNotesResource.class), wired);
        for (Class<?> resource : wired) {
            assertTrue(resource.isAnnotationPresent(LicensedOnly.class));
            List<Method> methods = Arrays.stream(resource.getDeclaredMethods())
                    .filter(m -> m.isAnnotationPresent(GET.class) || m.isAnnotationPresent(PUT.class)).toList();
            assertFalse(methods.isEmpty());
            for (Method method : methods) {
                assertTrue(method + " is @LicensedOnly", method.isAnnotationPresent(LicensedOnly.class));
                assertFalse(method.isAnnotationPresent(AnonymousSiteAccess.class));
            }
        }
    }

    private ApplicationHandler app() {
        ResourceConfig config = new ResourceConfig();
        List<Object> resources = new ArrayList<>(GlueWorkRestComponents.resources(glueWork.collaborators()));
        resources.addAll(glueWork.careerResources());
        resources.addAll(glueWork.myGlueResources());
        resources.forEach(config::register);
        GlueWorkRestComponents.exceptionMappers().forEach(config::register);
        GlueWorkRestComponents.requestFilters().forEach(config::register);
        GlueWorkRestComponents.providers().forEach(config::register);
        config.register(JacksonFeature.class);
        return new ApplicationHandler(config);
    }

    private Answer call(String method, String path, String jsonBody) throws Exception {
        return call(method, path, jsonBody == null ? null : JSON_TYPE, jsonBody, Map.of());
    }

    private Answer call(String method, String path, String contentType, String body, Map<String, String> headers)
            throws Exception {
        ContainerRequest request = new ContainerRequest(BASE, BASE.resolve(path), method, null,
                new org.glassfish.jersey.internal.MapPropertiesDelegate(), app.getConfiguration());
        request.header("Accept", JSON_TYPE);
        headers.forEach(request::header);
        if (contentType != null) {
            request.header("Content-Type", contentType);
            request.setEntityStream(new ByteArrayInputStream(body.getBytes(StandardCharsets.UTF_8)));
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ContainerResponse response = app.apply(request, out).get();
        return new Answer(response.getStatus(), response.getStringHeaders().entrySet().stream()
                .collect(java.util.stream.Collectors.toMap(Map.Entry::getKey, e -> String.join(",", e.getValue()))),
                out.toString(StandardCharsets.UTF_8));
    }

    private static String field(Answer answer, int status) throws Exception {
        assertEquals(answer.body, status, answer.status);
        return answer.json().get("errors").get(0).get("field").asText();
    }

    private static List<String> strings(JsonNode array) {
        List<String> texts = new ArrayList<>();
        array.forEach(n -> texts.add(n.asText()));
        return texts;
    }

    private record Answer(int status, Map<String, String> headers, String body) {
        String header(String name) {
            return headers.entrySet().stream().filter(e -> e.getKey().equalsIgnoreCase(name)).map(Map.Entry::getValue)
                    .findFirst().orElse("");
        }

        JsonNode json() throws Exception {
            return JSON.readTree(body);
        }
    }

}
