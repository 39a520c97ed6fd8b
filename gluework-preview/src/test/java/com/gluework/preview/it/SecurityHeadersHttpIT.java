package com.gluework.preview.it;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.BeforeClass;
import org.junit.ClassRule;
import org.junit.Test;

import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

/**
 * The header rules of issue 8 on every answer of the running preview: every GET the OpenAPI document lists, in every
 * format it lists, every page, asset and error. REST answers carry {@code Cache-Control: no-store}, every answer
 * {@code nosniff} and a {@code Referrer-Policy}, every HTML page and fragment a CSP that keeps it out of other sites'
 * frames, and none a {@code Server} header.
 */
public class SecurityHeadersHttpIT {
    @ClassRule
    public static final RunningPreview PREVIEW = new RunningPreview();

    private static final String API = "/rest/gluework/1.0";
    private static final HttpClient HTTP = HttpClient.newHttpClient(); // follows no redirect: the 302 is checked too
    private static final ObjectMapper JSON = new ObjectMapper();
    private static long contributionId;

    @BeforeClass
    public static void findAContribution() throws Exception {
        HttpResponse<String> list = get(API + "/issues/GW-1/contributions", "application/json", "alice");
        contributionId = JSON.readTree(list.body()).get(0).path("id").asLong();
    }

    @Test
    public void everyGetInTheOpenApiDocument_shouldCarryTheHeaderRulesInEveryFormat() throws Exception {
        // given
        List<String[]> endpoints = documentedGets();

        // when / then
        int json = 0;
        for (String[] endpoint : endpoints) {
            String path = endpoint[0];
            String type = endpoint[1];
            HttpResponse<String> answer = get(API + path, type, "alice");
            String what = "GET " + path + " as " + type;
            assertEquals(what + ": " + answer.body(), 200, answer.statusCode());
            assertTrue(what, header(answer, "Content-Type").startsWith(type));
            assertRestRules(what, answer);
            if (type.equals("text/html") || type.equals("image/svg+xml")) {
                assertTrue(what, header(answer, "Content-Security-Policy").contains("frame-ancestors 'self'"));
            }
            json += type.equals("application/json") ? 1 : 0;
        }
        assertTrue("the document lists the JSON GETs (" + json + ")", json >= 7);
        assertTrue("and the HTML fragments", endpoints.stream().filter(e -> e[1].equals("text/html")).count() >= 3);
    }

    @Test
    public void restErrors_shouldCarryTheRestRulesToo() throws Exception {
        for (HttpResponse<String> answer : List.of(
                get(API + "/contributions/999999", "application/json", "alice"),
                get(API + "/people?query=car", "application/json", null),
                get(API + "/no-such-resource", "application/json", "alice"),
                get(API + "/issues/GW-1/panel", "text/html", "nobody-with-a-wrong-password"))) {
            String what = answer.request().uri() + " → " + answer.statusCode();
            assertTrue(what, answer.statusCode() >= 400 && answer.statusCode() < 500);
            assertTrue(what, header(answer, "Content-Type").startsWith("application/json"));
            assertRestRules(what, answer);
        }
    }

    @Test
    public void everyPage_shouldHaveAFramingCspAReferrerPolicyNosniffAndNoServerVersion() throws Exception {
        for (String path : List.of("/browse/GW-1", "/browse/GW-12", "/report", "/packet", "/packet?person=bob",
                "/my-glue", "/my-glue?from=2026-13-01", "/browse/NOPE-1", "/no-such-page",
                "/static/no-such-file.css")) {
            HttpResponse<String> answer = get(path, "text/html", "alice");
            String what = "GET " + path + " → " + answer.statusCode();
            assertTrue(what, header(answer, "Content-Type").startsWith("text/html"));
            String policy = header(answer, "Content-Security-Policy");
            // 'none' is stricter than 'self': no preview page frames another
            assertTrue(what + ": " + policy, policy.contains("frame-ancestors 'self'") || policy.contains("frame-ancestors 'none'"));
            assertEverywhereRules(what, answer);
        }
    }

    @Test
    public void everyOtherAnswer_shouldHaveNosniffAReferrerPolicyAndNoServerVersion() throws Exception {
        for (String path : List.of("/", "/static/gluework/js/gluework-panel.js", "/static/preview/preview.css",
                "/secure/useravatar?ownerId=alice")) {
            HttpResponse<String> answer = get(path, "*/*", "alice");
            String what = "GET " + path + " → " + answer.statusCode();
            assertTrue(what, answer.statusCode() < 400);
            assertEverywhereRules(what, answer);
        }
    }

    /** Every GET of the OpenAPI document with each type its 200 answer lists, path parameters filled in. */
    private static List<String[]> documentedGets() throws Exception {
        JsonNode document;
        try (InputStream in = SecurityHeadersHttpIT.class.getResourceAsStream("/openapi/gluework-openapi.json")) {
            document = JSON.readTree(in);
        }
        List<String[]> endpoints = new ArrayList<>();
        for (Iterator<Map.Entry<String, JsonNode>> paths = document.path("paths").fields(); paths.hasNext(); ) {
            Map.Entry<String, JsonNode> path = paths.next();
            JsonNode get = path.getValue().path("get");
            if (get.isMissingNode()) {
                continue;
            }
            String url = path.getKey();
            List<JsonNode> parameters = new ArrayList<>();
            path.getValue().path("parameters").forEach(parameters::add);
            get.path("parameters").forEach(parameters::add);
            for (JsonNode reference : parameters) {
                JsonNode parameter = resolve(document, reference);
                String name = parameter.path("name").asText();
                String in = parameter.path("in").asText();
                if (in.equals("path")) {
                    url = url.replace("{" + name + "}", valueOf(name));
                } else if (in.equals("query") && parameter.path("required").asBoolean()) {
                    url += (url.contains("?") ? "&" : "?") + name + "=" + valueOf(name);
                }
            }
            assertFalse("a path parameter this test does not know: " + url, url.contains("{"));
            for (Iterator<String> types = get.path("responses").path("200").path("content").fieldNames(); types.hasNext(); ) {
                endpoints.add(new String[] {url, types.next()});
            }
        }
        return endpoints;
    }

    /** A value alice may ask with for each parameter the document names; a new one fails the test until added here. */
    private static String valueOf(String parameter) {
        switch (parameter) {
            case "issueKey":
                return "GW-1";
            case "contributionId":
                return String.valueOf(contributionId);
            case "boardId":
                return "1";
            case "sprintId":
                return "3";
            case "personKey":
                return "alice";
            case "projectKey":
                return "GW";
            case "query":
                return "car";
            case "from":
                return LocalDate.now().minusDays(90).toString();
            case "to":
                return LocalDate.now().toString();
            case "week":
                return com.gluework.core.notes.IsoWeek.of(LocalDate.now()).toString();
            case "evidenceLink":
                return "http%3A%2F%2Flocalhost%3A2990%2Fwiki%2Fspaces%2FPAY%2Fpages%2Fpayments-alerting-runbook";
            default:
                throw new AssertionError("no value for the documented parameter " + parameter);
        }
    }

    /** {@code {"$ref":"#/components/parameters/x"}} → the parameter; any other node as it is. */
    private static JsonNode resolve(JsonNode document, JsonNode node) {
        String reference = node.path("$ref").asText("");
        return reference.startsWith("#/") ? document.at(reference.substring(1)) : node;
    }

    private static void assertRestRules(String what, HttpResponse<String> answer) {
        assertEquals(what, "no-store", header(answer, "Cache-Control"));
        assertEverywhereRules(what, answer);
    }

    private static void assertEverywhereRules(String what, HttpResponse<String> answer) {
        assertEquals(what, "nosniff", header(answer, "X-Content-Type-Options"));
        assertEquals(what, "same-origin", header(answer, "Referrer-Policy"));
        assertEquals(what, List.of(), answer.headers().allValues("Server"));
        assertFalse(what, answer.headers().map().toString().contains("Jetty"));
    }

    private static String header(HttpResponse<?> answer, String name) {
        return String.join(",", answer.headers().allValues(name));
    }

    private static HttpResponse<String> get(String path, String accept, String user) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(PREVIEW.baseUrl() + path)).header("Accept", accept);
        if (user != null) {
            request.header("Authorization", "Basic " + Base64.getEncoder().encodeToString((user + ":" + user)
                    .getBytes(StandardCharsets.UTF_8)));
        }
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }
}
