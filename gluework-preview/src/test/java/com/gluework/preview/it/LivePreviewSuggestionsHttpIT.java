package com.gluework.preview.it;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.ClassRule;
import org.junit.Test;

import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

/**
 * Possible glue on a live Jira ({@link FakeJira} over real HTTP, read with a token, issue 12): an issue's suggestions
 * come from {@code ?expand=changelog}, {@code /comment} and {@code /remotelink}; the personal list from searches with
 * the change log expanded, read page by page as Jira pages them, never one issue read per issue for history.
 */
public class LivePreviewSuggestionsHttpIT {
    @ClassRule
    public static final PreviewOnFakeJira PREVIEW = new PreviewOnFakeJira(Duration.ofSeconds(5));

    private static final String API = "/rest/gluework/1.0";
    private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
    private final ObjectMapper json = new ObjectMapper();

    @Test
    public void issueSuggestions_shouldReadTheIssuesHistoryCommentsAndLinksFromJira() throws Exception {
        // when
        HttpResponse<String> answer = get(API + "/issues/CHK-1/suggestions");

        // then
        assertEquals(answer.body(), 200, answer.statusCode());
        assertTrue(json.readTree(answer.body()).isArray());
        List<String> requests = PREVIEW.jira().requests();
        assertTrue(requests.toString(), requests.contains("GET /rest/api/2/issue/CHK-1?expand=changelog"));
        assertTrue(requests.toString(), requests.contains("GET /rest/api/2/issue/CHK-1/comment"));
        assertTrue(requests.toString(), requests.contains("GET /rest/api/2/issue/CHK-1/remotelink"));
        assertEquals(404, get(API + "/issues/NOPE-1/suggestions").statusCode());
    }

    @Test
    public void mySuggestions_shouldSearchWithTheChangelogExpandedAcrossPagesWithoutPerIssueHistoryReads() throws Exception {
        // given
        int before = PREVIEW.jira().requests().size();

        // when
        HttpResponse<String> answer = get(API + "/myself/suggestions");
        HttpResponse<String> page = get("/my-suggestions");

        // then
        assertEquals(answer.body(), 200, answer.statusCode());
        JsonNode list = json.readTree(answer.body());
        assertTrue(list.isArray());
        assertEquals(page.body(), 200, page.statusCode());
        List<String> made = PREVIEW.jira().requests().subList(before, PREVIEW.jira().requests().size());
        List<String> searches = made.stream().filter(r -> r.startsWith("GET /rest/api/2/search?jql=updated")).toList();
        assertTrue(made.toString(), searches.size() >= 2); // the fake Jira pages at 2 issues
        assertTrue(searches.stream().allMatch(r -> r.contains("expand=changelog")));
        assertTrue(made.toString(), made.stream().noneMatch(r -> r.contains("?expand=changelog") && r.startsWith("GET /rest/api/2/issue/")));
    }

    private HttpResponse<String> get(String path) throws Exception {
        return http.send(HttpRequest.newBuilder(PREVIEW.url(path)).header("Accept", "*/*").GET().build(),
                HttpResponse.BodyHandlers.ofString());
    }
}
