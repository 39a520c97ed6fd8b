package com.gluework.preview.it;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.gluework.core.service.ContributionRules;
import com.gluework.web.testing.EscapingVelocityViewRenderer;
import org.junit.BeforeClass;
import org.junit.ClassRule;
import org.junit.Test;

import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;
import static org.junit.Assert.fail;

/**
 * Every line of payloadbox's XSS payload list and every string of the Big List of Naughty Strings goes through the
 * real REST API over HTTP, as summary and impact of a contribution. Each one is either stored and read back exactly
 * (after the one documented normalisation: leading and trailing whitespace is stripped) or refused with a 400 that
 * names the field; and the panel fragment rendered for the issues holding them contains no executable markup: no script
 * tag, no event handler attribute, no link that is not http(s), and no {@code <} that does not start a tag.
 */
public class HostilePayloadRoundTripIT {
    @ClassRule
    public static final RunningPreview PREVIEW = new RunningPreview();

    private static final String API = "/rest/gluework/1.0";
    /** Payloads per issue: the panel renders them all, so this bounds one fragment's size. */
    private static final int PER_ISSUE = 600;
    private static final int THREADS = 4;
    private static final Pattern TAG = Pattern.compile("<(/?)([a-zA-Z][a-zA-Z0-9-]*)((?:[^>\"']|\"[^\"]*\"|'[^']*')*)>");
    private static final java.util.Set<String> URL_ATTRIBUTES = java.util.Set.of("href", "src", "action", "formaction", "xlink:href");
    private static final Pattern ATTRIBUTE = Pattern.compile("\\s([^\\s=/>\"']+)(?:\\s*=\\s*(\"[^\"]*\"|'[^']*'|[^\\s>]+))?");

    private static List<String> xssPayloads;
    private static List<String> naughtyStrings;
    private final HttpClient http = HttpClient.newHttpClient();
    private final ObjectMapper json = new ObjectMapper();

    @BeforeClass
    public static void loadPayloads() throws Exception {
        Path data = Path.of(System.getProperty("gluework.testdata", "../testdata"));
        if (!Files.isDirectory(data)) {
            fail("Test data not found at " + data.toAbsolutePath() + " (failsafe sets -Dgluework.testdata)");
        }
        xssPayloads = Files.readAllLines(data.resolve("payloadbox__xss-payload-list/Intruder/xss-payload-list.txt"),
                StandardCharsets.UTF_8);
        naughtyStrings = new ObjectMapper().readValue(data.resolve("minimaxir__big-list-of-naughty-strings/blns.json").toFile(),
                new TypeReference<List<String>>() { });
    }

    @Test
    public void xssPayloadList_shouldRoundTripOrBeRefusedAndNeverRenderAsMarkup() throws Exception {
        assertTrue("the list is there", xssPayloads.size() > 6000);
        assertEveryPayloadHandled(xssPayloads, 11);
    }

    @Test
    public void bigListOfNaughtyStrings_shouldRoundTripOrBeRefusedAndNeverRenderAsMarkup() throws Exception {
        assertTrue("the list is there", naughtyStrings.size() > 500);
        assertEveryPayloadHandled(naughtyStrings, 30);
    }

    /** Spreads the payloads over issues GW-{firstIssue}…, a few requests at a time, then checks each issue's panel. */
    private void assertEveryPayloadHandled(List<String> payloads, int firstIssue) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(THREADS);
        try {
            Map<String, List<Stored>> storedByIssue = new LinkedHashMap<>();
            List<Future<Outcome>> outcomes = new ArrayList<>();
            for (int i = 0; i < payloads.size(); i++) {
                String payload = payloads.get(i);
                String issueKey = "GW-" + (firstIssue + i / PER_ISSUE);
                outcomes.add(pool.submit(() -> record(issueKey, payload)));
            }
            int refused = 0;
            for (Future<Outcome> future : outcomes) {
                Outcome outcome = future.get();
                if (outcome.stored() != null) {
                    storedByIssue.computeIfAbsent(outcome.stored().issueKey(), k -> new ArrayList<>()).add(outcome.stored());
                } else {
                    refused++;
                }
            }
            assertTrue("most payloads are stored: refused " + refused + " of " + payloads.size(), refused < payloads.size() / 10);
            for (Map.Entry<String, List<Stored>> issue : storedByIssue.entrySet()) {
                assertReadBackExactly(issue.getKey(), issue.getValue());
                assertPanelHasNoExecutableMarkup(issue.getKey(), issue.getValue());
            }
        } finally {
            pool.shutdownNow();
        }
    }

    /** Records the payload as summary and impact; a refusal must be a 400 naming summary or impact. */
    private Outcome record(String issueKey, String payload) throws Exception {
        Map<String, Object> draft = new HashMap<>();
        draft.put("categoryKey", "review");
        draft.put("summary", payload);
        draft.put("impact", payload);
        HttpResponse<String> response = send("POST", API + "/issues/" + issueKey + "/contributions",
                json.writeValueAsString(draft), "application/json");
        if (response.statusCode() == 201) {
            return new Outcome(new Stored(issueKey, json.readTree(response.body()).path("id").asLong(), payload));
        }
        assertEquals("payload " + json.writeValueAsString(payload) + ": " + response.body(), 400, response.statusCode());
        JsonNode errors = json.readTree(response.body()).path("errors");
        assertTrue(response.body(), errors.size() > 0);
        for (JsonNode error : errors) {
            String field = error.path("field").asText();
            assertTrue("refused for " + field + ": " + json.writeValueAsString(payload), field.equals("summary") || field.equals("impact"));
        }
        String stripped = payload.strip();
        int length = stripped.codePointCount(0, stripped.length());
        assertTrue("refused although valid: " + json.writeValueAsString(payload),
                stripped.isEmpty() || length > ContributionRules.MAX_SUMMARY);
        return new Outcome(null);
    }

    private void assertReadBackExactly(String issueKey, List<Stored> stored) throws Exception {
        HttpResponse<String> list = send("GET", API + "/issues/" + issueKey + "/contributions", null, "application/json");
        assertEquals(200, list.statusCode());
        Map<Long, JsonNode> byId = new HashMap<>();
        for (JsonNode c : json.readTree(list.body())) {
            byId.put(c.path("id").asLong(), c);
        }
        for (Stored s : stored) {
            JsonNode read = byId.get(s.id());
            String expected = s.payload().strip(); // the one normalisation, documented for summary and impact
            assertEquals("summary of " + json.writeValueAsString(s.payload()), expected, read.path("summary").asText());
            assertEquals("impact of " + json.writeValueAsString(s.payload()), expected, read.path("impact").asText());
        }
    }

    private void assertPanelHasNoExecutableMarkup(String issueKey, List<Stored> stored) throws Exception {
        HttpResponse<String> panel = send("GET", API + "/issues/" + issueKey + "/panel", null, "text/html");
        assertEquals(200, panel.statusCode());
        String html = panel.body();
        String lower = html.toLowerCase(Locale.ROOT);
        assertFalse(issueKey + ": a script tag", lower.contains("<script"));
        int tags = 0;
        Matcher tag = TAG.matcher(html);
        while (tag.find()) {
            tags++;
            Matcher attribute = ATTRIBUTE.matcher(tag.group(3));
            while (attribute.find()) {
                // The template writes no event handler at all, so any on…= attribute came from user text.
                String name = attribute.group(1).toLowerCase(Locale.ROOT);
                assertFalse(issueKey + ": event handler in " + tag.group(), name.startsWith("on"));
                if (URL_ATTRIBUTES.contains(name) && attribute.group(2) != null) {
                    String url = attribute.group(2).replaceAll("^[\"']|[\"']$", "").replace("&amp;", "&").strip().toLowerCase(Locale.ROOT);
                    assertTrue(issueKey + ": " + name + " is not http(s) in " + tag.group(),
                            url.startsWith("http://") || url.startsWith("https://") || url.startsWith("#"));
                }
            }
        }
        assertEquals(issueKey + ": every < starts one of the template's own tags", html.chars().filter(c -> c == '<').count(), tags);
        for (Stored s : stored) {
            String escaped = EscapingVelocityViewRenderer.escape(s.payload().strip());
            assertTrue(issueKey + ": summary shown as text: " + s.payload(),
                    html.contains("<span class=\"gluework-summary\">" + escaped + "</span>"));
        }
    }

    private HttpResponse<String> send(String method, String path, String body, String accept) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(PREVIEW.url(path)).header("Accept", accept)
                .header("Authorization", "Basic " + Base64.getEncoder().encodeToString("bob:bob".getBytes(StandardCharsets.UTF_8)))
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        if (body != null) {
            request.header("Content-Type", "application/json");
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    private record Stored(String issueKey, long id, String payload) {
    }

    private record Outcome(Stored stored) {
    }
}
