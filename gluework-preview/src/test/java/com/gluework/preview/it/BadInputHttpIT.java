package com.gluework.preview.it;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.BeforeClass;
import org.junit.ClassRule;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.junit.runners.Parameterized;
import org.junit.runners.Parameterized.Parameters;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

/**
 * The bad-input table (issue 8): every request here is wrong in one way, and each must be answered with its exact 4xx
 * status and a JSON error naming the field (or {@code body}, {@code contentType}, {@code path} …) — never a 500,
 * never HTML — and must leave the store as it was: the contribution they aim at and its issue's list are read before
 * and after and compared. Recording (POST) and editing (PUT) get the same body cases.
 */
@RunWith(Parameterized.class)
public class BadInputHttpIT {
    @ClassRule
    public static final RunningPreview PREVIEW = new RunningPreview();

    private static final String API = "/rest/gluework/1.0";
    private static final String ISSUE = "GW-8";
    private static final String JSON = "application/json";
    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static final ObjectMapper MAPPER = new ObjectMapper();
    /** The contribution every PUT, retire and path case aims at; "{id}" in a path, {@code "{version}"} in a body. */
    private static long id;
    private static int version;

    private final Case example;

    public BadInputHttpIT(String name, Case example) {
        this.example = example;
    }

    @BeforeClass
    public static void recordTheTarget() throws Exception {
        HttpResponse<byte[]> recorded = send(new Case("POST", API + "/issues/" + ISSUE + "/contributions", JSON,
                utf8("{\"categoryKey\":\"mentoring\",\"summary\":\"The target of every bad request\"}"), Map.of(), 201, null));
        JsonNode dto = MAPPER.readTree(recorded.body());
        assertEquals(new String(recorded.body(), StandardCharsets.UTF_8), 201, recorded.statusCode());
        id = dto.path("id").asLong();
        version = dto.path("version").asInt();
    }

    @Parameters(name = "{0}")
    public static List<Object[]> table() {
        Table table = new Table();
        String create = API + "/issues/" + ISSUE + "/contributions";
        String one = API + "/contributions/{id}";

        // Wrong JSON types and values, for recording and for editing alike.
        Map<String, String> fieldCases = new LinkedHashMap<>();
        fieldCases.put("\"summary\":123", "summary");
        fieldCases.put("\"summary\":true", "summary");
        fieldCases.put("\"summary\":1.5", "summary");
        fieldCases.put("\"summary\":{\"text\":\"x\"}", "summary");
        fieldCases.put("\"summary\":[\"x\"]", "summary");
        fieldCases.put("\"impact\":0", "impact");
        fieldCases.put("\"categoryKey\":7", "categoryKey");
        fieldCases.put("\"contributorKey\":false", "contributorKey");
        fieldCases.put("\"evidenceLinks\":\"https://example.com\"", "evidenceLinks");
        fieldCases.put("\"evidenceLinks\":[1]", "evidenceLinks[0]");
        fieldCases.put("\"evidenceLinks\":[null]", "evidenceLinks[0]");
        fieldCases.put("\"beneficiaryKeys\":[true]", "beneficiaryKeys[0]");
        fieldCases.put("\"occurredOn\":20261124", "occurredOn");
        fieldCases.put("\"occurredOn\":\"-0001-01-01\"", "occurredOn");
        fieldCases.put("\"occurredOn\":\"-9999-12-31\"", "occurredOn");
        fieldCases.put("\"occurredOn\":\"+10000-01-01\"", "occurredOn");
        fieldCases.put("\"occurredOn\":\"0000-01-01\"", "occurredOn");
        fieldCases.put("\"occurredOn\":\"1899-12-31\"", "occurredOn");
        fieldCases.put("\"occurredOn\":\"\uFF12\uFF10\uFF12\uFF16-11-24\"", "occurredOn");
        fieldCases.put("\"summary\":\"a\\u0000b\"", "summary");
        fieldCases.put("\"impact\":\"\\u0000\"", "impact");
        fieldCases.put("\"summary\":\"\\ud800\"", "summary");
        for (Map.Entry<String, String> field : fieldCases.entrySet()) {
            table.add("POST " + field.getKey(), "POST", create, JSON, newBody(field.getKey()), 400, field.getValue());
            table.add("PUT " + field.getKey(), "PUT", one, JSON, editBody(field.getKey()), 400, field.getValue());
        }
        // A field sent twice: which one counts would depend on the parser.
        table.add("POST duplicate summary", "POST", create, JSON,
                utf8("{\"categoryKey\":\"mentoring\",\"summary\":\"a\",\"summary\":\"b\"}"), 400, "summary");
        table.add("PUT duplicate summary", "PUT", one, JSON,
                utf8("{\"categoryKey\":\"mentoring\",\"summary\":\"a\",\"summary\":\"b\",\"version\":{version}}"), 400, "summary");
        table.add("PUT duplicate version", "PUT", one, JSON,
                utf8("{\"categoryKey\":\"mentoring\",\"summary\":\"a\",\"version\":{version},\"version\":{version}}"), 400, "version");

        // The version must be a whole JSON number.
        for (String bad : List.of("1.5", "\"1\"", "\"{version}\"", "\"\"", "true", "1e0", "99999999999", "[{version}]")) {
            table.add("PUT version " + bad, "PUT", one, JSON,
                    utf8("{\"categoryKey\":\"mentoring\",\"summary\":\"x\",\"version\":" + bad + "}"), 400, "version");
            table.add("retire version " + bad, "POST", one + "/retire", JSON, utf8("{\"version\":" + bad + "}"), 400, "version");
        }
        table.add("corroborate note 5", "POST", one + "/corroborations", JSON, utf8("{\"note\":5}"), 400, "note");
        table.add("corroborate note with NUL", "POST", one + "/corroborations", JSON, utf8("{\"note\":\"\\u0000\"}"), 400, "note");

        // Bytes that are not UTF-8, and JSON that is not JSON.
        byte[][] malformed = {{(byte) 0xC0, (byte) 0xBC}, {(byte) 0x80}, {(byte) 0xED, (byte) 0xA0, (byte) 0x80},
                {(byte) 0xF8, (byte) 0x88, (byte) 0x80, (byte) 0x80, (byte) 0x80}, {(byte) 0xFF}, {(byte) 0xE2, (byte) 0x82}};
        for (byte[] bytes : malformed) {
            String hex = hex(bytes);
            table.add("POST malformed UTF-8 " + hex, "POST", create, JSON, summaryWithBytes(bytes, false), 400, "body");
            table.add("PUT malformed UTF-8 " + hex, "PUT", one, JSON, summaryWithBytes(bytes, true), 400, "body");
        }
        for (String broken : List.of("{", "{\"summary\":\"x\"} {}", "[]", "\"x\"", "{'summary':'x'}", "{\"summary\":\"x\",}", "")) {
            table.add("POST body " + broken, "POST", create, JSON, utf8(broken), 400, "body");
            table.add("PUT body " + broken, "PUT", one, JSON, utf8(broken), 400, "body");
        }

        // Character sets: UTF-8 only, and an unknown one is no 500.
        for (String type : List.of("application/json; charset=x-nope", "application/json; charset=ISO-8859-1",
                "application/json; charset=UTF-16", "application/json;charset=\"x-nope\"", "application/json; charset=")) {
            table.add("POST " + type, "POST", create, type, newBody("\"impact\":\"ok\""), 415, "contentType");
            table.add("PUT " + type, "PUT", one, type, editBody("\"impact\":\"ok\""), 415, "contentType");
        }
        table.add("POST text/plain", "POST", create, "text/plain", newBody("\"impact\":\"ok\""), 415, "contentType");

        // Too large: declared, chunked (no Content-Length), far too large.
        byte[] over = utf8("{\"categoryKey\":\"mentoring\",\"summary\":\"x\",\"impact\":\"" + "y".repeat(70_000) + "\"}");
        table.add("POST 70 KB", "POST", create, JSON, over, 413, "body");
        table.add("PUT 70 KB", "PUT", one, JSON, over, 413, "body");
        table.add("POST 70 KB chunked", "POST", create, JSON, over, 413, "body").chunked = true;
        table.add("PUT 70 KB chunked", "PUT", one, JSON, over, 413, "body").chunked = true;
        table.add("POST 70 KB of spaces chunked", "POST", create, JSON,
                utf8("{\"categoryKey\":\"mentoring\",\"summary\":\"x\"" + " ".repeat(70_000) + "}"), 413, "body").chunked = true;

        // Ids in paths: only the canonical ASCII form names anything.
        for (String alias : List.of("0{id}", "+{id}", "{fullwidth}", "{id}e0", "{id}.0", "-{id}", "%20{id}", "{id}%20",
                "0x1", "9223372036854775808")) {
            table.add("GET contributions/" + alias, "GET", API + "/contributions/" + alias, null, null, 404, "contributionId");
            table.add("PUT contributions/" + alias, "PUT", API + "/contributions/" + alias, JSON, editBody("\"impact\":\"x\""),
                    404, "contributionId");
            table.add("retire contributions/" + alias, "POST", API + "/contributions/" + alias + "/retire", JSON,
                    utf8("{\"version\":{version}}"), 404, "contributionId");
        }
        table.add("GET sprint \uFF13", "GET", API + "/sprints/%EF%BC%93/report", null, null, 404, "sprintId");
        table.add("GET sprint 03", "GET", API + "/sprints/03/report", null, null, 404, "sprintId");
        table.add("GET board +1", "GET", API + "/boards/+1/sprints", null, null, 404, "boardId");
        table.add("GET board 01", "GET", API + "/boards/01/sprints", null, null, 404, "boardId");

        // Paths Jetty refuses itself: still the API's JSON.
        for (String raw : List.of("%", "%2F", "%00", "..%2F..%2F", "%C0%BC", "a%2Fb")) {
            table.add("raw GET contributions/" + raw, "GET", API + "/contributions/" + raw, null, null, 400, "request").raw = true;
        }
        table.add("raw PUT contributions/%", "PUT", API + "/contributions/%", JSON, editBody("\"impact\":\"x\""), 400,
                "request").raw = true;

        // Origin: scheme, host and port exactly; never a user name in front of our host.
        for (String origin : List.of("http://evil.example@localhost:{port}", "http://localhost:{port}@evil.example",
                "http://localhost:{port}/", "http://localhost:{port}/x", "http://localhost.evil.example:{port}",
                "https://localhost:{port}", "http://localhost", "null")) {
            table.add("POST Origin " + origin, "POST", create, JSON, newBody("\"impact\":\"ok\""), 403, "Origin")
                    .headers.put("Origin", origin);
            table.add("PUT Origin " + origin, "PUT", one, JSON, editBody("\"impact\":\"ok\""), 403, "Origin")
                    .headers.put("Origin", origin);
        }
        return table.rows;
    }

    @Test
    public void request_shouldBeRefusedWithItsStatusAndAJsonErrorAndChangeNothing() throws Exception {
        // given
        String before = snapshot();

        // when
        Answer answer = example.raw ? sendRaw(example) : Answer.of(send(example));

        // then
        assertEquals(answer.body(), example.status, answer.status());
        assertTrue(answer.contentType(), answer.contentType().toLowerCase(Locale.ROOT).startsWith("application/json"));
        JsonNode error = MAPPER.readTree(answer.body());
        assertEquals(example.status, error.path("status").asInt());
        assertEquals(answer.body(), example.field, error.path("errors").get(0).path("field").asText());
        assertFalse(error.path("errors").get(0).path("message").asText().isBlank());
        assertEquals("no-store", answer.header("Cache-Control"));
        assertEquals("nosniff", answer.header("X-Content-Type-Options"));
        assertEquals("nothing stored or changed", before, snapshot());
    }

    /** The target contribution and its issue's list, as carol reads them. */
    private static String snapshot() throws Exception {
        String contribution = new String(send(new Case("GET", API + "/contributions/{id}", null, null, Map.of(), 200, null))
                .body(), StandardCharsets.UTF_8);
        String list = new String(send(new Case("GET", API + "/issues/" + ISSUE + "/contributions", null, null, Map.of(), 200,
                null)).body(), StandardCharsets.UTF_8);
        return contribution + "\n" + list;
    }

    private static HttpResponse<byte[]> send(Case example) throws Exception {
        byte[] body = example.body();
        HttpRequest.BodyPublisher publisher = body == null ? HttpRequest.BodyPublishers.noBody()
                : example.chunked ? HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(body))
                : HttpRequest.BodyPublishers.ofByteArray(body);
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(PREVIEW.baseUrl() + example.path()))
                .method(example.method, publisher).header("Accept", JSON).header("Authorization", basic("carol"))
                // as the panel sends it: the XSRF rules are not what these cases test (Origin aside)
                .header("X-Atlassian-Token", "no-check");
        if (example.contentType != null) {
            request.header("Content-Type", example.contentType);
        }
        example.headers.forEach((name, value) -> request.header(name, substitute(value)));
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    /** Over a socket, for paths {@link URI} would refuse to build; HTTP/1.0, so the answer is neither chunked nor kept alive. */
    private static Answer sendRaw(Case example) throws Exception {
        byte[] body = example.body() == null ? new byte[0] : example.body();
        try (Socket socket = new Socket(PREVIEW.baseUrl().getHost(), PREVIEW.baseUrl().getPort())) {
            OutputStream out = socket.getOutputStream();
            String head = example.method + " " + example.path() + " HTTP/1.0\r\nHost: localhost\r\nAccept: " + JSON
                    + "\r\nAuthorization: " + basic("carol") + "\r\nX-Atlassian-Token: no-check\r\n"
                    + (example.contentType == null ? "" : "Content-Type: " + example.contentType + "\r\n")
                    + "Content-Length: " + body.length + "\r\n\r\n";
            out.write(head.getBytes(StandardCharsets.ISO_8859_1));
            out.write(body);
            out.flush();
            InputStream in = socket.getInputStream();
            String response = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            int split = response.indexOf("\r\n\r\n");
            String[] lines = response.substring(0, split).split("\r\n");
            Map<String, String> headers = new LinkedHashMap<>();
            for (int i = 1; i < lines.length; i++) {
                int colon = lines[i].indexOf(':');
                headers.put(lines[i].substring(0, colon).strip().toLowerCase(Locale.ROOT), lines[i].substring(colon + 1).strip());
            }
            return new Answer(Integer.parseInt(lines[0].split(" ")[1]), headers, response.substring(split + 4));
        }
    }

    private static String substitute(String text) {
        return text.replace("{port}", String.valueOf(PREVIEW.baseUrl().getPort()));
    }

    private static String basic(String user) {
        return "Basic " + Base64.getEncoder().encodeToString((user + ":" + user).getBytes(StandardCharsets.UTF_8));
    }

    private static byte[] newBody(String field) {
        return utf8("{\"categoryKey\":\"mentoring\",\"summary\":\"Paired on the flaky test\"," + field + "}");
    }

    private static byte[] editBody(String field) {
        return utf8("{\"categoryKey\":\"mentoring\",\"summary\":\"Paired on the flaky test\",\"version\":{version},"
                + field + "}");
    }

    private static byte[] summaryWithBytes(byte[] bytes, boolean withVersion) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(utf8("{\"categoryKey\":\"mentoring\"," + (withVersion ? "\"version\":{version}," : "") + "\"summary\":\"x"));
        out.writeBytes(bytes);
        out.writeBytes(utf8("y\"}"));
        return out.toByteArray();
    }

    private static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    private static String hex(byte[] bytes) {
        StringBuilder hex = new StringBuilder();
        for (byte b : bytes) {
            hex.append(hex.length() == 0 ? "" : " ").append(String.format("%02X", b & 0xFF));
        }
        return hex.toString();
    }

    /** One row: a request and what it must be answered. */
    static final class Case {
        final String method;
        final String pathTemplate;
        final String contentType;
        final byte[] bodyTemplate;
        final Map<String, String> headers = new LinkedHashMap<>();
        final int status;
        final String field;
        boolean chunked;
        boolean raw;

        Case(String method, String pathTemplate, String contentType, byte[] bodyTemplate, Map<String, String> headers,
             int status, String field) {
            this.method = method;
            this.pathTemplate = pathTemplate;
            this.contentType = contentType;
            this.bodyTemplate = bodyTemplate;
            this.headers.putAll(headers);
            this.status = status;
            this.field = field;
        }

        /** The path with the target's id, also as fullwidth digits (U+FF10…, percent-encoded). */
        String path() {
            String fullwidth = URLEncoder.encode(String.valueOf(id).chars().mapToObj(c -> String.valueOf((char) (c - '0' + 0xFF10)))
                    .reduce("", String::concat), StandardCharsets.UTF_8);
            return pathTemplate.replace("{fullwidth}", fullwidth).replace("{id}", String.valueOf(id));
        }

        /** The body with the target's current version; the bytes around it are left exactly as they are. */
        byte[] body() {
            if (bodyTemplate == null) {
                return null;
            }
            String latin1 = new String(bodyTemplate, StandardCharsets.ISO_8859_1);
            return latin1.replace("{version}", String.valueOf(version)).getBytes(StandardCharsets.ISO_8859_1);
        }
    }

    private static final class Table {
        final List<Object[]> rows = new ArrayList<>();

        Case add(String name, String method, String path, String contentType, byte[] body, int status, String field) {
            Case example = new Case(method, path, contentType, body, Map.of(), status, field);
            rows.add(new Object[] {name, example});
            return example;
        }
    }

    private record Answer(int status, Map<String, String> headers, String body) {
        static Answer of(HttpResponse<byte[]> response) {
            Map<String, String> headers = new LinkedHashMap<>();
            response.headers().map().forEach((name, values) -> headers.put(name.toLowerCase(Locale.ROOT), String.join(",", values)));
            return new Answer(response.statusCode(), headers, new String(response.body(), StandardCharsets.UTF_8));
        }

        String header(String name) {
            return headers.getOrDefault(name.toLowerCase(Locale.ROOT), "");
        }

        String contentType() {
            return header("Content-Type");
        }
    }
}
