package com.gluework.web.rest;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.gluework.web.testing.InMemorySprintReports;
import org.glassfish.jersey.internal.MapPropertiesDelegate;
import org.glassfish.jersey.jackson.JacksonFeature;
import org.glassfish.jersey.server.ApplicationHandler;
import org.glassfish.jersey.server.ContainerRequest;
import org.glassfish.jersey.server.ContainerResponse;
import org.glassfish.jersey.server.ResourceConfig;
import org.junit.Before;
import org.junit.Test;

import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

/** The report's resources inside a real (in-memory) Jersey runtime: paths, media types, headers and error statuses. */
public class SprintReportResourceTest {
    private static final URI BASE = URI.create("http://localhost:2990/jira/rest/gluework/1.0/");
    private static final ObjectMapper JSON = new ObjectMapper();

    private final InMemorySprintReports reports = new InMemorySprintReports().withHeroSprint();
    private ApplicationHandler app;

    @Before
    public void startJersey() {
        ResourceConfig config = new ResourceConfig();
        reports.resources().forEach(config::register);
        GlueWorkRestComponents.exceptionMappers().forEach(config::register);
        config.register(JacksonFeature.class);
        app = new ApplicationHandler(config);
    }

    @Test
    public void getReport_shouldAnswerTheReportAsJsonWithNullsForWhatIsAbsent() throws Exception {
        // given
        reports.currentUser.actAs("alice");

        // when
        Answer answer = call("sprints/2/report");

        // then
        assertEquals(answer.body, 200, answer.status);
        JsonNode report = answer.json();
        assertEquals("Sprint 2", report.path("sprint").path("name").asText());
        assertEquals("ACTIVE", report.path("sprint").path("state").asText());
        assertTrue(report.path("sprint").path("completeDate").isNull());
        assertEquals("2026-03-16", report.path("firstDay").asText());
        assertEquals(5, report.path("headline").path("contributions").asInt());
        assertEquals("frank", report.path("heroAlert").path("hero").path("key").asText());
        assertEquals("Sprint 1", report.path("comparison").path("previousSprint").path("name").asText());
        assertEquals("Caught a data race in the retry path", report.path("wins").get(0).path("summary").asText());
        assertEquals("erin", report.path("opportunities").get(0).path("person").path("key").asText());
        assertTrue(report.path("outcomes").path("smallSamples").asBoolean());
        assertEquals("no-store", answer.header("Cache-Control"));
    }

    @Test
    public void getReport_forAViewerWhoCannotBrowseAnIssue_shouldLeaveItsGlueOutOfEveryTotal() throws Exception {
        // given
        reports.currentUser.actAs("bob");

        // when
        JsonNode forBob = call("sprints/2/report").json();
        reports.currentUser.actAs("alice");
        JsonNode forAlice = call("sprints/2/report").json();

        // then
        assertEquals(5, forAlice.path("headline").path("contributions").asInt());
        assertEquals(4, forBob.path("headline").path("contributions").asInt());
        assertFalse(call("sprints/2/report.csv").body.isEmpty());
        reports.currentUser.actAs("bob");
        assertFalse(call("sprints/2/report.csv").body.contains("Rotated the leaked key"));
        assertFalse(call("sprints/2/report").body.contains("Rotated the leaked key"));
    }

    @Test
    public void getCsv_shouldDownloadAnAttachmentWithAHeaderRowAndARowPerCountedContribution() throws Exception {
        // given
        reports.currentUser.actAs("alice");

        // when
        Answer answer = call("sprints/2/report.csv");

        // then
        assertEquals(200, answer.status);
        assertTrue(answer.header("Content-Type"), answer.header("Content-Type").startsWith("text/csv"));
        assertEquals("attachment; filename=\"glue-wins-sprint-2.csv\"", answer.header("Content-Disposition"));
        List<String> lines = List.of(answer.body.split("\r\n"));
        assertTrue(lines.get(0).startsWith("date,contributor,contributor_key,category"));
        assertEquals(1 + 5, lines.size());
    }

    @Test
    public void getMarkdown_shouldDownloadTheReportAsMarkdown() throws Exception {
        // given
        reports.currentUser.actAs("alice");

        // when
        Answer answer = call("sprints/2/report.md");

        // then
        assertEquals(200, answer.status);
        assertTrue(answer.header("Content-Type").startsWith("text/markdown"));
        assertTrue(answer.body.startsWith("# Glue wins \u2014 Sprint 2\n"));
        assertTrue(answer.body.contains("| Frank Hero |"));
    }

    @Test
    public void getCharts_shouldAnswerSvgThatCannotRunScript() throws Exception {
        // given
        reports.currentUser.actAs("alice");

        // when
        Answer categories = call("sprints/2/charts/categories.svg");
        Answer distribution = call("sprints/2/charts/distribution.svg");

        // then
        for (Answer chart : List.of(categories, distribution)) {
            assertEquals(200, chart.status);
            assertTrue(chart.header("Content-Type").startsWith("image/svg+xml"));
            assertTrue(chart.header("Content-Security-Policy").startsWith("default-src 'none'"));
            assertTrue(chart.body.contains("<svg"));
        }
    }

    @Test
    public void getFragment_shouldRenderThePageBodyWithLinksUnderTheHostsContextPath() throws Exception {
        // given
        reports.currentUser.actAs("alice");

        // when
        Answer answer = call("sprints/2/report.html");

        // then
        assertEquals(200, answer.status);
        assertTrue(answer.body.contains("src=\"/jira/rest/gluework/1.0/sprints/2/charts/categories.svg?view="));
        assertTrue(answer.body.contains("href=\"/jira/browse/GW-1\""));
        assertTrue(answer.body.contains("gluework-hero-alert"));
    }

    @Test
    public void boards_shouldListBoardsAndABoardsSprintsWithTheDefault() throws Exception {
        // given
        reports.currentUser.actAs("bob");

        // when
        JsonNode boards = call("boards").json();
        JsonNode sprints = call("boards/1/sprints").json();

        // then
        assertEquals("Payments", boards.get(0).path("name").asText());
        assertEquals(2, sprints.path("sprints").size());
        assertEquals(2, sprints.path("defaultSprintId").asInt());
        assertEquals(404, call("boards/9/sprints").status);
    }

    @Test
    public void everyEndpoint_shouldAnswer401ToAnonymousAnd404ForAnUnknownSprint() throws Exception {
        // given
        List<String> paths = List.of("sprints/2/report", "sprints/2/report.csv", "sprints/2/report.md",
                "sprints/2/report.html", "sprints/2/charts/categories.svg", "sprints/2/charts/distribution.svg",
                "boards", "boards/1/sprints");

        // when / then
        for (String path : paths) {
            reports.currentUser.anonymous();
            Answer anonymous = call(path);
            assertEquals(path, 401, anonymous.status);
            assertEquals(path, 401, anonymous.json().path("status").asInt());
            reports.currentUser.actAs("alice");
            if (path.startsWith("sprints/")) {
                Answer unknown = call(path.replace("sprints/2", "sprints/99"));
                assertEquals(path, 404, unknown.status);
                assertEquals(path, "sprintId", unknown.json().path("errors").get(0).path("field").asText());
            }
        }
    }

    @Test
    public void everyEndpoint_withoutJiraSoftware_shouldAnswer503SayingWhatIsMissing() throws Exception {
        // given
        reports.sprints.unavailable();
        reports.currentUser.actAs("alice");

        // when
        Answer answer = call("sprints/2/report");

        // then
        assertEquals(503, answer.status);
        assertTrue(answer.json().path("errors").get(0).path("message").asText().contains("Jira Software"));
        assertEquals(503, call("boards").status);
    }

    private Answer call(String path) throws Exception {
        ContainerRequest request = new ContainerRequest(BASE, BASE.resolve(path), "GET", null,
                new MapPropertiesDelegate(), app.getConfiguration());
        request.header("Accept", "*/*");
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ContainerResponse response = app.apply(request, out).get();
        return new Answer(response.getStatus(), response.getStringHeaders().entrySet().stream()
                .collect(Collectors.toMap(Map.Entry::getKey, e -> String.join(",", e.getValue()))),
                out.toString(StandardCharsets.UTF_8));
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
