package com.gluework.preview.it;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.gluework.core.model.IssueRef;
import com.gluework.core.model.Person;
import com.gluework.preview.jirarest.JiraRestException;
import com.gluework.preview.jirarest.JiraRestIssueSource;
import com.gluework.preview.jirarest.JiraRestPeopleDirectory;
import com.gluework.preview.jirarest.JiraRestProjectSource;
import com.gluework.preview.jirarest.JiraRestSprintSource;
import com.gluework.preview.jirarest.JiraSprint;
import com.gluework.preview.jirarest.LiveJiraRest;
import com.gluework.preview.jirarest.SharedJiraResponses;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import org.junit.After;
import org.junit.Before;
import org.junit.Test;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.nio.file.Files;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertThrows;
import static org.junit.Assert.assertTrue;

/**
 * The readers against a "live Jira": a tiny HTTP server in this JVM that answers the real recorded responses of
 * testdata/ at Jira's paths, and checks the personal access token like Data Center does.
 */
public class LiveJiraRestIT {
    private static final String TOKEN = "NjY4MzQ1OTk2MjQ2OkJ1dCBub3QgYSByZWFsIHRva2Vu";
    /** Jira path (query included) to the shared response it answers with. */
    private static final Map<String, String> ROUTES = Map.of(
            "/jira/rest/api/2/issue/SAMPLEPROJECT-1?expand=changelog", SharedJiraResponses.ISSUE_10002,
            "/jira/rest/api/2/issue/10002?expand=changelog", SharedJiraResponses.ISSUE_10002,
            "/jira/rest/api/2/user?key=admin", SharedJiraResponses.USER_ADMIN,
            "/jira/rest/agile/1.0/board/734/sprint?startAt=0&maxResults=50", SharedJiraResponses.SPRINTS,
            "/jira/rest/api/2/project/ABDERA", SharedJiraResponses.PROJECT);

    private final List<String> requests = new CopyOnWriteArrayList<>();
    private HttpServer jira;
    private URI baseUrl;

    @Before
    public void startJira() throws IOException {
        jira = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        jira.createContext("/", this::answer);
        jira.start();
        baseUrl = URI.create("http://127.0.0.1:" + jira.getAddress().getPort() + "/jira/");
    }

    @After
    public void stopJira() {
        jira.stop(0);
    }

    private void answer(HttpExchange exchange) throws IOException {
        String path = exchange.getRequestURI().toString();
        requests.add(exchange.getRequestMethod() + " " + path);
        String route = ROUTES.get(path);
        int status = !("Bearer " + TOKEN).equals(exchange.getRequestHeaders().getFirst("Authorization")) ? 401
                : !exchange.getRequestMethod().equals("GET") ? 405 : route == null ? 404 : 200;
        byte[] body = status == 200 ? Files.readAllBytes(SharedJiraResponses.path(route))
                : ("{\"errorMessages\":[\"" + status + "\"],\"errors\":{}}").getBytes();
        exchange.getResponseHeaders().add("Content-Type", "application/json;charset=UTF-8");
        exchange.sendResponseHeaders(status, body.length);
        exchange.getResponseBody().write(body);
        exchange.close();
    }

    @Test
    public void readers_shouldReadIssuesPeopleSprintsAndProjectsOverHttpWithTheToken() {
        // given
        LiveJiraRest live = LiveJiraRest.connect(baseUrl, TOKEN);

        // when
        Optional<IssueRef> issue = new JiraRestIssueSource(live).findIssue("SAMPLEPROJECT-1");
        Optional<Person> admin = new JiraRestPeopleDirectory(live).findPerson("admin");
        List<JiraSprint> sprints = new JiraRestSprintSource(live).findBoardSprints(734);

        // then
        assertEquals(Optional.of(new IssueRef(10002, "SAMPLEPROJECT-1", 10001, "SAMPLEPROJECT", "Sample Issue")), issue);
        assertEquals("admin", admin.orElseThrow().displayName());
        assertEquals(6, sprints.size());
        assertEquals("Abdera", new JiraRestProjectSource(live).findProject("ABDERA").orElseThrow().name());
        assertTrue(requests.stream().allMatch(r -> r.startsWith("GET ")));
    }

    @Test
    public void get_shouldAnswerEmptyFor404AndCacheEveryAnswerForTheRun() {
        // given
        LiveJiraRest live = LiveJiraRest.connect(baseUrl, TOKEN);
        JiraRestIssueSource issues = new JiraRestIssueSource(live);

        // when
        Optional<IssueRef> missing = issues.findIssue("NOPE-1");
        issues.findIssue("NOPE-1");
        issues.findIssueById(10002);
        issues.findIssueById(10002);

        // then
        assertEquals(Optional.empty(), missing);
        assertEquals(List.of("GET /jira/rest/api/2/issue/NOPE-1?expand=changelog", "GET /jira/rest/api/2/issue/10002?expand=changelog"), requests);
    }

    @Test
    public void get_shouldFailClearlyWhenJiraRefusesTheToken() {
        // given
        LiveJiraRest live = new LiveJiraRest(baseUrl, "s3cr3t-but-expired-pat", HttpClient.newHttpClient(), new ObjectMapper());

        // when
        JiraRestException failure = assertThrows(JiraRestException.class, () -> new JiraRestIssueSource(live).findIssue("SAMPLEPROJECT-1"));

        // then the message names the status and never the token
        assertTrue(failure.getMessage().contains("401"));
        assertTrue(!failure.getMessage().contains("s3cr3t"));
        assertTrue(failure.getMessage().contains(baseUrl.toString().replaceAll("/$", "")));
        assertEquals(502, failure.gatewayStatus());
    }
}
