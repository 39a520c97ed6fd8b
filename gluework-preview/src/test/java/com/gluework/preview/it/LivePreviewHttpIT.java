package com.gluework.preview.it;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.ClassRule;
import org.junit.Test;

import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.Socket;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

/**
 * The preview on a live Jira — the {@link FakeJira} over real HTTP, a Data Center whose issues carry Server/DC's legacy
 * sprint strings — read with a personal access token: boards and sprints from the Jira across pages, a sprint's report
 * with the reopened issue counted, the panel on the Jira's issues, and the preview acting as the token's owner, Morgan
 * Hall (key {@code JIRAUSER10100}), and nobody else.
 */
public class LivePreviewHttpIT {
    @ClassRule
    public static final PreviewOnFakeJira PREVIEW = new PreviewOnFakeJira(Duration.ofSeconds(5));

    private static final String API = "/rest/gluework/1.0";
    private static final String OWNER_KEY = "JIRAUSER10100";
    /** Words and controls of the demo that must never appear on a live Jira's pages. */
    private static final List<String> DEMO_ONLY = List.of("preview-user", "Nobody (anonymous)", "demo user", "demo data",
            "demo login", "Demo", "password", "alice", "Payments Platform", "GW-1", "Choose a demo");

    private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
    private final ObjectMapper json = new ObjectMapper();

    @Test
    public void boards_shouldBeEveryScrumBoardTheTokensUserSeesReadAcrossPages() throws Exception {
        // when
        HttpResponse<String> response = get(API + "/boards");

        // then: go-jira's three scrum boards and ours, by name; no kanban board (they have no sprints)
        assertEquals(response.body(), 200, response.statusCode());
        List<String> names = new ArrayList<>();
        json.readTree(response.body()).forEach(b -> names.add(b.path("name").asText()));
        assertEquals(List.of("Checkout [PCI, legacy sprints]", "Test Mobile", "Test Weekly", "Testix"), names);
        assertTrue(PREVIEW.jira().requests().toString(), PREVIEW.jira().requests().contains("GET /rest/agile/1.0/board?type=scrum&startAt=2&maxResults=50"));
    }

    @Test
    public void boardSprints_shouldBeReadAcrossPagesWithTheActiveSprintAsDefault() throws Exception {
        // when
        JsonNode board = json.readTree(get(API + "/boards/12/sprints").body());

        // then
        List<String> sprints = new ArrayList<>();
        board.path("sprints").forEach(s -> sprints.add(s.path("name").asText()));
        assertEquals(List.of("Checkout 21", "Checkout 22 [PCI, hardening]", "Checkout 23"), sprints);
        assertEquals(22, board.path("defaultSprintId").asInt());
    }

    @Test
    public void reportPage_shouldShowTheSprintsGlueWinsWithTheBoardsOfTheJira() throws Exception {
        // when
        HttpResponse<String> page = get("/report?board=12&sprint=22");

        // then
        assertEquals(page.body(), 200, page.statusCode());
        assertTrue(page.body().contains("Checkout 22 [PCI, hardening]"));
        assertTrue(page.body().contains("Checkout [PCI, legacy sprints]"));
        assertTrue(page.body().contains("Testix"));
        assertTrue("the reopened issue in the outcome signals: 1 of the 3 issues without a clarification",
                page.body().contains(">1 of 3<"));
        assertNoDemo(page.body());
    }

    @Test
    public void report_shouldCountTheReopenedIssueInTheOutcomeSignals() throws Exception {
        // when
        HttpResponse<String> response = get(API + "/sprints/22/report");

        // then: CHK-3 went Resolved -> Reopened once; CHK-2 (carried over), CHK-3 and CHK-4 were in the sprint
        assertEquals(response.body(), 200, response.statusCode());
        JsonNode outcomes = json.readTree(response.body()).path("outcomes");
        int issues = outcomes.path("clarified").path("issueCount").asInt() + outcomes.path("others").path("issueCount").asInt();
        int reopened = outcomes.path("clarified").path("reopenedIssueCount").asInt() + outcomes.path("others").path("reopenedIssueCount").asInt();
        int reopens = outcomes.path("clarified").path("reopenCount").asInt() + outcomes.path("others").path("reopenCount").asInt();
        assertEquals(3, issues);
        assertEquals(1, reopened);
        assertEquals(1, reopens);
        assertEquals("ACTIVE", json.readTree(response.body()).path("sprint").path("state").asText());
    }

    @Test
    public void report_shouldCountACarriedOverIssueInEachSprintItWasIn() throws Exception {
        // when
        JsonNode sprint21 = json.readTree(get(API + "/sprints/21/report").body()).path("outcomes");
        JsonNode sprint22 = json.readTree(get(API + "/sprints/22/report").body()).path("outcomes");

        // then: CHK-1 and CHK-2 in 21; CHK-2 again in 22 (with CHK-3, CHK-4); CHK-5 is in no sprint
        assertEquals(2, sprint21.path("clarified").path("issueCount").asInt() + sprint21.path("others").path("issueCount").asInt());
        assertEquals(3, sprint22.path("clarified").path("issueCount").asInt() + sprint22.path("others").path("issueCount").asInt());
    }

    @Test
    public void issuePage_shouldShowTheJirasIssueWithThePanel() throws Exception {
        // when
        HttpResponse<String> page = get("/browse/CHK-3");

        // then
        assertEquals(page.body(), 200, page.statusCode());
        String html = page.body();
        assertTrue(html.contains("PCI scan: close port 8443 on the edge proxy"));
        assertTrue(html.contains("class=\"gluework-panel\""));
        assertTrue(html.contains("data-current-user=\"" + OWNER_KEY + "\""));
        assertTrue("sprint name from the legacy string", html.contains("Checkout 22 [PCI, hardening]"));
        assertTrue("assignee", html.contains("Kim Wong"));
        assertTrue("acting as the token's owner", html.contains("Acting as <strong>Morgan Hall</strong>"));
        assertTrue("names the Jira", html.contains(PREVIEW.jira().baseUrl().toString()));
        assertTrue("the project's issues", html.contains("/browse/CHK-5"));
        assertNoDemo(html);
    }

    @Test
    public void contributions_shouldBeRecordedAsTheTokensOwner() throws Exception {
        // when
        HttpResponse<String> created = http.send(HttpRequest.newBuilder(PREVIEW.url(API + "/issues/CHK-4/contributions"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"categoryKey\":\"review\",\"summary\":\"Reviewed the logo sizes\"}"))
                .build(), HttpResponse.BodyHandlers.ofString());

        // then
        assertEquals(created.body(), 201, created.statusCode());
        JsonNode contribution = json.readTree(created.body());
        assertEquals(OWNER_KEY, contribution.path("recordedBy").path("key").asText());
        assertEquals("Morgan Hall", contribution.path("contributor").path("displayName").asText());
    }

    @Test
    public void everyPage_shouldHaveNoUserSwitcherAndNoDemoWording() throws Exception {
        for (String path : List.of("/browse/CHK-1", "/report", "/browse/CHK-999", "/no-such-page")) {
            HttpResponse<String> page = get(path);
            assertTrue(path + " " + page.statusCode(), page.statusCode() == 200 || page.statusCode() == 404);
            assertNoDemo(page.body());
            assertTrue(path, page.body().contains("Acting as <strong>Morgan Hall</strong>"));
        }
    }

    @Test
    public void home_shouldOpenGlueWinsWithTheJirasBoards() throws Exception {
        // when
        HttpResponse<String> home = get("/");

        // then
        assertEquals(302, home.statusCode());
        assertTrue(home.headers().firstValue("Location").orElse("").endsWith("/report"));
    }

    @Test
    public void logins_shouldBeRefusedAndTheSwitcherCookieIgnored() throws Exception {
        // when: a demo-style login as a real person of the Jira, and the old switcher cookie naming another
        HttpResponse<String> basic = http.send(HttpRequest.newBuilder(PREVIEW.url(API + "/boards"))
                .header("Authorization", "Basic " + Base64.getEncoder().encodeToString("kwong:kwong".getBytes(StandardCharsets.UTF_8)))
                .build(), HttpResponse.BodyHandlers.ofString());
        HttpResponse<String> cookie = http.send(HttpRequest.newBuilder(PREVIEW.url("/browse/CHK-1"))
                .header("Cookie", "gluework_user=kwong").build(), HttpResponse.BodyHandlers.ofString());

        // then
        assertEquals(401, basic.statusCode());
        assertFalse(basic.headers().firstValue("WWW-Authenticate").isPresent());
        assertTrue(basic.body().contains("no logins"));
        assertTrue(cookie.body().contains("Acting as <strong>Morgan Hall</strong>"));
    }

    @Test
    public void requests_shouldBeRefusedUnlessAddressedToLocalhost() throws Exception {
        // when: a page whose own host name resolves to 127.0.0.1 (DNS rebinding) sends its Host header
        String status;
        try (Socket socket = new Socket(InetAddress.getLoopbackAddress(), PREVIEW.baseUrl().getPort())) {
            OutputStream out = socket.getOutputStream();
            out.write(("GET /browse/CHK-1 HTTP/1.1\r\nHost: attacker.example:" + PREVIEW.baseUrl().getPort()
                    + "\r\nConnection: close\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
            out.flush();
            status = firstLine(socket.getInputStream());
        }

        // then
        assertTrue(status, status.contains(" 403"));
        assertEquals(200, get("/browse/CHK-1").statusCode());
    }

    @Test
    public void jira_shouldOnlyEverBeAskedWithGets() throws Exception {
        get("/browse/CHK-2");
        assertTrue(PREVIEW.jira().requests().stream().allMatch(r -> r.startsWith("GET ")));
    }

    private static void assertNoDemo(String html) {
        for (String word : DEMO_ONLY) {
            int at = html.indexOf(word);
            assertFalse("no \"" + word + "\" on a live Jira's page: …"
                    + (at < 0 ? "" : html.substring(Math.max(0, at - 120), Math.min(html.length(), at + 80))) + "…", at >= 0);
        }
    }

    private static String firstLine(InputStream in) throws java.io.IOException {
        ByteArrayOutputStream line = new ByteArrayOutputStream();
        for (int b = in.read(); b >= 0 && b != '\n'; b = in.read()) {
            line.write(b);
        }
        return line.toString(StandardCharsets.US_ASCII);
    }

    private HttpResponse<String> get(String path) throws Exception {
        return http.send(HttpRequest.newBuilder(PREVIEW.url(path)).GET().build(), HttpResponse.BodyHandlers.ofString());
    }
}
