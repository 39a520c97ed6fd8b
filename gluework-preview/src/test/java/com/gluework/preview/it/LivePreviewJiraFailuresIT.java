package com.gluework.preview.it;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.gluework.preview.PreviewApplication;
import com.gluework.preview.PreviewOptions;
import org.junit.Before;
import org.junit.ClassRule;
import org.junit.Rule;
import org.junit.Test;
import org.junit.rules.TemporaryFolder;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Duration;
import java.util.List;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

/**
 * The preview on a live Jira that fails: for each way a Jira fails — 401, 403, 404, 5xx, a body that is not JSON,
 * silence past {@code --jira-timeout}, not listening at all — every page is a preview page and every REST call a JSON
 * error, 502 (504 for the timeout), with a sentence naming the Jira URL; never a stack trace. The class's preview never
 * sees Jira answer normally (so nothing is cached that would hide a failure); the tests that need a working Jira
 * start their own.
 */
public class LivePreviewJiraFailuresIT {
    private static final Duration TIMEOUT = Duration.ofMillis(1500);
    /** Fails from its very first request, the start-up's {@code /myself}, so it never answers this preview normally. */
    @ClassRule
    public static final PreviewOnFakeJira PREVIEW = new PreviewOnFakeJira(TIMEOUT, jira -> jira.answerEverythingWith(503));
    private static FakeJira jira() {
        return PREVIEW.jira();
    }

    @Rule
    public final TemporaryFolder dataDir = new TemporaryFolder();

    private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
    private final ObjectMapper json = new ObjectMapper();

    @Before
    public void jiraFailsUntilATestSaysHow() {
        jira().answerEverythingWith(503);
    }

    @Test
    public void tokenRefused_shouldSay401AndWhatToCheck() throws Exception {
        jira().answerEverythingWith(401);
        assertGatewayError(PREVIEW.baseUrl(), jira(), 502, "refused the personal access token (HTTP 401). Check --jira-token");
    }

    @Test
    public void forbidden_shouldSay403() throws Exception {
        jira().answerEverythingWith(403);
        assertGatewayError(PREVIEW.baseUrl(), jira(), 502, "answered HTTP 403 Forbidden");
    }

    @Test
    public void notAJira_shouldSayTheUrlHasNoJiraApi() throws Exception {
        jira().answerEverythingWith(404);
        assertGatewayError(PREVIEW.baseUrl(), jira(), 502, "did not name the token's owner at /rest/api/2/myself. Check --jira-url");
    }

    @Test
    public void serverErrors_shouldSayJiraAnsweredTheStatus() throws Exception {
        for (int status : List.of(500, 503)) {
            jira().answerEverythingWith(status);
            assertGatewayError(PREVIEW.baseUrl(), jira(), 502, "answered HTTP " + status + " to GET /rest/api/2/myself");
        }
    }

    @Test
    public void malformedJson_shouldSayTheAnswerIsNotJson() throws Exception {
        jira().answerWithHtml();
        assertGatewayError(PREVIEW.baseUrl(), jira(), 502, "with something that is not JSON (text/html");
    }

    @Test
    public void silence_shouldBeAGatewayTimeoutAfterTheJiraTimeout() throws Exception {
        jira().stayQuiet();
        long started = System.nanoTime();
        assertGatewayError(PREVIEW.baseUrl(), jira(), 504, "did not answer GET /rest/api/2/myself within 1500 ms (--jira-timeout)");
        long seconds = Duration.ofNanos(System.nanoTime() - started).toSeconds();
        assertTrue("two requests of one timeout each, took " + seconds + " s", seconds < 10);
    }

    @Test
    public void aFailureMidway_shouldBeAnsweredByThePageAndTheRestApiAlike() throws Throwable {
        PreviewOnFakeJira live = new PreviewOnFakeJira(TIMEOUT);
        live.before();
        try {
            // given: Jira answers everything but the Agile API
            live.jira().failWith(500, "/rest/agile/");

            // when
            HttpResponse<String> boards = get(live.baseUrl(), "/rest/gluework/1.0/boards");
            HttpResponse<String> report = get(live.baseUrl(), "/report");
            HttpResponse<String> issue = get(live.baseUrl(), "/browse/CHK-1");

            // then
            assertEquals(boards.body(), 502, boards.statusCode());
            JsonNode error = json.readTree(boards.body()).path("errors").get(0);
            assertEquals("jira", error.path("field").asText());
            assertTrue(error.path("message").asText().contains("answered HTTP 500 to GET /rest/agile/1.0/board"));
            assertEquals(502, report.statusCode());
            assertTrue(report.body().contains(live.jira().baseUrl().toString()));
            assertTrue("Jira named the owner before the failure", report.body().contains("Acting as <strong>Morgan Hall</strong>"));
            assertEquals(issue.body(), 200, issue.statusCode());
        } finally {
            live.after();
        }
    }

    @Test
    public void jiraDownAtStart_shouldStartSaySoAndRecoverOnceJiraIsBack() throws Exception {
        FakeJira jira = new FakeJira();
        jira.before();
        jira.stop();
        // when: the preview starts while nothing listens at the Jira URL
        try (PreviewApplication app = PreviewApplication.start(PreviewOptions.defaults().withPort(0)
                .withDataDir(dataDir.newFolder().toPath()).withJira(jira.baseUrl(), FakeJira.TOKEN, TIMEOUT), Clock.systemDefaultZone())) {
            // then it says so on its pages
            HttpResponse<String> down = get(app.baseUrl(), "/report");
            assertEquals(502, down.statusCode());
            assertTrue(down.body(), down.body().contains("Could not reach Jira at " + jira.baseUrl()));
            assertNoStackTrace(down.body());
            assertEquals("the page's styles load while Jira is down", 200,
                    get(app.baseUrl(), "/static/preview/preview.css").statusCode());

            // and works once Jira is back
            jira.restart();
            HttpResponse<String> back = get(app.baseUrl(), "/report");
            assertEquals(back.body(), 200, back.statusCode());
            assertTrue(back.body().contains("Checkout [PCI, legacy sprints]"));
        } finally {
            jira.after();
        }
    }

    /** A page and a REST call both answer {@code status} with {@code sentence} and the Jira URL, and nothing else. */
    private void assertGatewayError(URI preview, FakeJira jira, int status, String sentence) throws Exception {
        HttpResponse<String> page = get(preview, "/browse/CHK-1");
        assertEquals(page.body(), status, page.statusCode());
        assertTrue(page.headers().firstValue("Content-Type").orElse("").startsWith("text/html"));
        assertTrue(page.body(), page.body().contains(sentence));
        assertTrue(page.body().contains("Jira at " + jira.baseUrl()));
        assertTrue("the frame still names the Jira", page.body().contains("href=\"" + jira.baseUrl() + "\""));
        assertNoStackTrace(page.body());

        HttpResponse<String> rest = get(preview, "/rest/gluework/1.0/boards");
        assertEquals(rest.body(), status, rest.statusCode());
        assertTrue(rest.headers().firstValue("Content-Type").orElse("").startsWith("application/json"));
        JsonNode body = json.readTree(rest.body());
        assertEquals(status, body.path("status").asInt());
        assertEquals("jira", body.path("errors").get(0).path("field").asText());
        assertTrue(rest.body(), body.path("errors").get(0).path("message").asText().contains(sentence));
        assertTrue(body.path("errors").get(0).path("message").asText().contains(jira.baseUrl().toString()));
        assertNoStackTrace(rest.body());
    }

    private static void assertNoStackTrace(String body) {
        for (String trace : List.of("Exception", "at com.", "at java.", "jetty", "Caused by", FakeJira.TOKEN)) {
            assertFalse("no \"" + trace + "\" in " + body, body.contains(trace));
        }
    }

    private HttpResponse<String> get(URI base, String path) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(base + path)).GET().build(), HttpResponse.BodyHandlers.ofString());
    }
}
