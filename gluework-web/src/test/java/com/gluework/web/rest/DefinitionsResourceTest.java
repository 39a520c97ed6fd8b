package com.gluework.web.rest;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.gluework.core.service.DefinitionsService;
import com.gluework.core.testing.InMemoryDefinitionsRepository;
import com.gluework.web.testing.SwitchableCurrentUser;
import jakarta.ws.rs.core.MediaType;
import org.glassfish.jersey.internal.MapPropertiesDelegate;
import org.glassfish.jersey.jackson.JacksonFeature;
import org.glassfish.jersey.server.ApplicationHandler;
import org.glassfish.jersey.server.ContainerRequest;
import org.glassfish.jersey.server.ContainerResponse;
import org.glassfish.jersey.server.ResourceConfig;
import org.junit.Test;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Map;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

/**
 * {@link DefinitionsResource} inside a real Jersey runtime, in memory, with the API's mappers and XSRF filter: the
 * admin's changes, the 400s naming the field, 403 for non-admins, 409 for stale versions.
 */
public class DefinitionsResourceTest {
    private static final URI BASE = URI.create("http://localhost:2990/rest/gluework/1.0/");
    private static final ObjectMapper JSON = new ObjectMapper();

    private final InMemoryDefinitionsRepository store = new InMemoryDefinitionsRepository().withAdmin("alice");
    private final SwitchableCurrentUser currentUser = new SwitchableCurrentUser();
    private final ApplicationHandler app = app();

    @Test
    public void read_shouldListEveryCategoryTheRubricAndSettingsAndSayWhetherTheCallerAdministers() throws Exception {
        currentUser.actAs("bob");
        JsonNode bob = call("GET", "definitions", null).json();
        currentUser.actAs("alice");
        JsonNode alice = call("GET", "definitions", null).json();

        assertEquals(8, bob.get("categories").size());
        assertEquals("review", bob.get("categories").get(1).get("key").asText());
        assertEquals(1, bob.get("categories").get(1).get("version").asInt());
        assertEquals(4, bob.get("rubric").size());
        assertFalse(bob.get("rubric").get(0).get("seniorIc").asText().isBlank());
        assertEquals(40, bob.get("settings").get("heroThresholdPercent").asInt());
        assertFalse(bob.get("canAdminister").asBoolean());
        assertFalse(bob.get("canEditCategories").asBoolean());
        assertTrue(alice.get("canAdminister").asBoolean());
        assertTrue(alice.get("canEditCategories").asBoolean());
    }

    @Test
    public void adminChanges_shouldAddRenameMoveDeactivateAndSetTheThreshold() throws Exception {
        currentUser.actAs("alice");

        Answer added = call("POST", "definitions/categories", "{\"key\":\"pairing\",\"name\":\"Pairing\","
                + "\"definition\":\"Worked it through together.\",\"examples\":\"\",\"rubricDimension\":\"Team multiplication\"}");
        Answer renamed = call("PUT", "definitions/categories/pairing", "{\"name\":\"Pair work\",\"definition\":\"Together.\","
                + "\"examples\":\"Paired\",\"rubricDimension\":\"Team multiplication\",\"version\":1}");
        Answer moved = call("POST", "definitions/categories/pairing/state", "{\"direction\":\"up\",\"version\":2}");
        Answer deactivated = call("POST", "definitions/categories/pairing/state", "{\"active\":false,\"version\":3}");
        Answer settings = call("PUT", "definitions/settings", "{\"heroThresholdPercent\":55,\"leadGroup\":\"leads\",\"version\":1}");
        Answer dimension = call("PUT", "definitions/rubric/Quality%20%26%20reliability", "{\"name\":\"Reliability\","
                + "\"seniorIc\":\"s\",\"staff\":\"t\",\"manager\":\"m\",\"version\":1}");

        assertEquals(added.body, 201, added.status);
        assertEquals(renamed.body, 200, renamed.status);
        assertEquals("Pair work", renamed.json().get("name").asText());
        assertEquals(moved.body, 200, moved.status);
        assertEquals("pairing", moved.json().get(7).get("key").asText());
        assertEquals(deactivated.body, 200, deactivated.status);
        assertFalse(store.findByKey("pairing").orElseThrow().active());
        assertEquals(55, settings.json().get("heroThresholdPercent").asInt());
        assertEquals(0.55, store.settings().value().heroThresholdShare(), 1e-9);
        assertEquals(dimension.body, "Reliability", dimension.json().get("name").asText());
        assertEquals("Reliability", store.findByKey("review").orElseThrow().rubricDimension());
    }

    @Test
    public void badInput_shouldAnswer400NamingTheField() throws Exception {
        currentUser.actAs("alice");

        assertError(call("POST", "definitions/categories", "{\"key\":\"Bad Key\",\"name\":\"X\",\"definition\":\"Y\","
                + "\"rubricDimension\":\"Team multiplication\"}"), 400, "key");
        assertError(call("PUT", "definitions/categories/review", "{\"name\":\"X\",\"definition\":\"Y\","
                + "\"rubricDimension\":\"Team multiplication\"}"), 400, "version");
        assertError(call("PUT", "definitions/settings", "{\"heroThresholdPercent\":101,\"version\":1}"), 400, "heroThresholdPercent");
        assertError(call("PUT", "definitions/settings", "{\"heroThresholdPercent\":\"many\",\"version\":1}"), 400, "heroThresholdPercent");
        assertError(call("POST", "definitions/categories/review/state", "{\"direction\":\"sideways\",\"version\":1}"), 400, "direction");
        assertError(call("POST", "definitions/categories/review/state", "{\"version\":1}"), 400, "active");
        assertEquals(40, store.settings().value().heroThresholdPercent());
    }

    @Test
    public void nonAdmins_staleVersionsAndUnknownKeys_shouldBeRefusedAndChangeNothing() throws Exception {
        currentUser.actAs("bob");
        assertError(call("PUT", "definitions/settings", "{\"heroThresholdPercent\":50,\"version\":1}"), 403, "user");
        currentUser.actAs(null);
        assertEquals(401, call("GET", "definitions", null).status);

        currentUser.actAs("alice");
        call("POST", "definitions/categories/review/state", "{\"active\":false,\"version\":1}");
        assertError(call("POST", "definitions/categories/review/state", "{\"active\":true,\"version\":1}"), 409, "version");
        assertError(call("PUT", "definitions/categories/nope", "{\"name\":\"X\",\"definition\":\"Y\","
                + "\"rubricDimension\":\"Team multiplication\",\"version\":1}"), 404, "key");
        assertFalse(store.findByKey("review").orElseThrow().active());
    }

    @Test
    public void stateChanges_withoutTheXsrfHeaderAsAForm_shouldBeRefused() throws Exception {
        currentUser.actAs("alice");
        Answer form = call("PUT", "definitions/settings", MediaType.APPLICATION_FORM_URLENCODED, "heroThresholdPercent=5");
        assertEquals(403, form.status);
        assertEquals(40, store.settings().value().heroThresholdPercent());
    }

    private ApplicationHandler app() {
        ResourceConfig config = new ResourceConfig();
        DefinitionsService service = new DefinitionsService(store, store,
                Clock.fixed(Instant.parse("2026-12-01T10:00:00Z"), ZoneOffset.UTC));
        GlueWorkRestComponents.definitionResources(service, currentUser).forEach(config::register);
        GlueWorkRestComponents.exceptionMappers().forEach(config::register);
        GlueWorkRestComponents.requestFilters().forEach(config::register);
        GlueWorkRestComponents.providers().forEach(config::register);
        config.register(JacksonFeature.class);
        return new ApplicationHandler(config);
    }

    private Answer call(String method, String path, String body) throws Exception {
        return call(method, path, body == null ? null : MediaType.APPLICATION_JSON, body);
    }

    private Answer call(String method, String path, String contentType, String body) throws Exception {
        ContainerRequest request = new ContainerRequest(BASE, BASE.resolve(path), method, null,
                new MapPropertiesDelegate(), app.getConfiguration());
        request.header("Accept", "application/json");
        if (contentType != null) {
            request.header("Content-Type", contentType);
            request.setEntityStream(new ByteArrayInputStream(body.getBytes(StandardCharsets.UTF_8)));
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ContainerResponse response = app.apply(request, out).get();
        return new Answer(response.getStatus(), out.toString(StandardCharsets.UTF_8));
    }

    private static void assertError(Answer answer, int status, String field) throws Exception {
        assertEquals(answer.body, status, answer.status);
        assertEquals(answer.body, field, answer.json().get("errors").get(0).get("field").asText());
    }

    private record Answer(int status, String body) {
        JsonNode json() throws Exception {
            return JSON.readTree(body);
        }
    }
}
