package com.gluework.web.rest;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.gluework.core.model.IssueRef;
import com.gluework.core.port.IssueActivitySource;
import com.gluework.core.service.SuggestionService;
import com.gluework.core.suggest.GlueSuggester;
import com.gluework.core.suggest.HistoryItem;
import com.gluework.core.suggest.IssueActivity;
import com.gluework.core.suggest.IssueComment;
import com.gluework.core.testing.InMemorySuggestionDismissals;
import com.gluework.web.testing.InMemoryGlueWork;
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
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

/**
 * The suggestion endpoints inside a real Jersey runtime, in memory: listing, "Not glue" with its XSRF and permission
 * rules, idempotence, and a recorded suggestion leaving the list.
 */
public class SuggestionsRestTest {
    private static final URI BASE = URI.create("http://localhost:2990/rest/gluework/1.0/");
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Map<String, String> NO_CHECK = Map.of(XsrfRequestFilter.TOKEN_HEADER, XsrfRequestFilter.NO_CHECK);
    private static final Instant T = InMemoryGlueWork.NOW.minusSeconds(86_400);

    private final InMemoryGlueWork glueWork = new InMemoryGlueWork();
    private final SuggestionService suggestions = new SuggestionService(glueWork.host, glueWork.host, new DaveHandsOver(),
            glueWork.store, new InMemorySuggestionDismissals(), GlueSuggester.defaultRules(), glueWork.clock);
    private final ApplicationHandler app = app();

    /** On every issue, dave hands the work to carol with a note; the note's link is a script URL someone typed. */
    private static final class DaveHandsOver implements IssueActivitySource {
        @Override
        public Optional<IssueActivity> findActivity(IssueRef issue) {
            return Optional.of(new IssueActivity(issue, "Task", "carol", URI.create("https://jira.example.com/browse/" + issue.key()),
                    List.of(new HistoryItem("dave", T, "assignee", "dave", "Dave", "carol", "Carol")),
                    List.of(new IssueComment("7", "dave", T.minusSeconds(600),
                            "Handing over to [~carol]: the certificate is in the vault, upload steps are in the runbook.",
                            URI.create("javascript:alert(1)"))),
                    List.of(), null));
        }

        @Override
        public List<IssueActivity> recentActivity(Instant since, int limit) {
            return List.of(findActivity(new IssueRef(10001, "GW-1", "GW".hashCode(), "GW", "")).orElseThrow(),
                    findActivity(new IssueRef(20001, "SEC-1", "SEC".hashCode(), "SEC", "")).orElseThrow());
        }
    }

    @Test
    public void get_shouldListTheSuggestionWithNamesAndOnlyWebLinks() throws Exception {
        glueWork.currentUser.actAs("bob");

        Answer answer = call("GET", "issues/GW-1/suggestions", Map.of());

        assertEquals(answer.body, 200, answer.status);
        JsonNode s = answer.json().get(0);
        assertTrue(s.get("id").asText().matches("[0-9a-f]{32}"));
        assertEquals("GW-1", s.get("issueKey").asText());
        assertEquals("Dave Docs", s.get("person").get("displayName").asText());
        assertEquals("coordination", s.get("category").get("key").asText());
        assertEquals(false, s.get("canDismiss").asBoolean()); // bob is neither dave nor an administrator
        List<String> links = new java.util.ArrayList<>();
        s.get("evidence").forEach(e -> links.add(e.get("link").isNull() ? null : e.get("link").asText()));
        assertEquals(java.util.Arrays.asList(null, "https://jira.example.com/browse/GW-1"), links);
    }

    @Test
    public void get_shouldAnswerAnonymousCallersWithNothingAndHideIssuesAsUnknown() throws Exception {
        glueWork.currentUser.anonymous();
        assertEquals("[]", call("GET", "issues/GW-1/suggestions", Map.of()).body);

        glueWork.currentUser.actAs("bob");
        assertEquals(404, call("GET", "issues/SEC-1/suggestions", Map.of()).status);
        assertEquals(400, call("GET", "issues/not-a-key/suggestions", Map.of()).status);
    }

    @Test
    public void putDismissal_shouldNeedTheXsrfHeaderThenBeIdempotentAndHideItForEveryone() throws Exception {
        // given
        glueWork.currentUser.actAs("dave");
        String id = call("GET", "issues/GW-1/suggestions", Map.of()).json().get(0).get("id").asText();
        String path = "issues/GW-1/suggestions/" + id + "/dismissal";

        // then: no XSRF header, no change
        assertEquals(403, call("PUT", path, Map.of()).status);
        assertEquals(1, call("GET", "issues/GW-1/suggestions", Map.of()).json().size());

        // when answered twice
        assertEquals(204, call("PUT", path, NO_CHECK).status);
        assertEquals(204, call("PUT", path, NO_CHECK).status);

        // then gone for dave and for bob
        assertEquals("[]", call("GET", "issues/GW-1/suggestions", Map.of()).body);
        glueWork.currentUser.actAs("bob");
        assertEquals("[]", call("GET", "issues/GW-1/suggestions", Map.of()).body);
    }

    @Test
    public void putDismissal_shouldRefuseColleaguesAnonymousCallersAndBadIds() throws Exception {
        glueWork.currentUser.actAs("bob");
        String id = call("GET", "issues/GW-1/suggestions", Map.of()).json().get(0).get("id").asText();

        assertEquals("suggestionId", field(call("PUT", "issues/GW-1/suggestions/" + id + "/dismissal", NO_CHECK), 403));
        assertEquals("suggestionId", field(call("PUT", "issues/GW-1/suggestions/XYZ/dismissal", NO_CHECK), 400));
        assertEquals("suggestionId", field(call("PUT", "issues/GW-2/suggestions/" + "0".repeat(32) + "/dismissal", NO_CHECK), 404));
        glueWork.currentUser.anonymous();
        assertEquals(401, call("PUT", "issues/GW-1/suggestions/" + id + "/dismissal", NO_CHECK).status);

        // an administrator may answer for the team
        glueWork.host.withProjectAdmin("alice");
        glueWork.currentUser.actAs("alice");
        assertEquals(true, call("GET", "issues/GW-1/suggestions", Map.of()).json().get(0).get("canDismiss").asBoolean());
        assertEquals(204, call("PUT", "issues/GW-1/suggestions/" + id + "/dismissal", NO_CHECK).status);
    }

    @Test
    public void recordingTheSuggestion_shouldMakeItNormalGlueAndTakeItOffBothLists() throws Exception {
        // given
        glueWork.currentUser.actAs("dave");
        assertEquals(2, call("GET", "myself/suggestions", Map.of()).json().size());

        // when dave records it from the prefilled form, his own words
        Answer recorded = call("POST", "issues/GW-1/contributions", NO_CHECK, "application/json",
                "{\"categoryKey\":\"coordination\",\"summary\":\"Handed the certificate rotation to Carol\"}");

        // then
        assertEquals(recorded.body, 201, recorded.status);
        assertEquals("[]", call("GET", "issues/GW-1/suggestions", Map.of()).body);
        JsonNode mine = call("GET", "myself/suggestions", Map.of()).json();
        assertEquals(1, mine.size());
        assertEquals("SEC-1", mine.get(0).get("issueKey").asText());
        assertEquals(1, call("GET", "issues/GW-1/contributions", Map.of()).json().size());
    }

    @Test
    public void mySuggestions_shouldNeedALoginAndListOnlyBrowsableIssues() throws Exception {
        glueWork.currentUser.anonymous();
        assertEquals(401, call("GET", "myself/suggestions", Map.of()).status);

        glueWork.currentUser.actAs("bob"); // bob sees no SEC; none of the suggestions name him anyway
        assertEquals("[]", call("GET", "myself/suggestions", Map.of()).body);
    }

    @Test
    public void accessAnnotations_shouldLeaveOnlyTheIssueListOpenToAnonymousCallers() throws Exception {
        for (Object resource : GlueWorkRestComponents.suggestionResources(null, null, null)) {
            assertTrue(resource.getClass().isAnnotationPresent(com.atlassian.plugins.rest.api.security.annotation.LicensedOnly.class));
        }
        assertTrue(IssueSuggestionsResource.class.getMethod("list", String.class)
                .isAnnotationPresent(com.atlassian.plugins.rest.api.security.annotation.AnonymousSiteAccess.class));
        assertTrue(IssueSuggestionsResource.class.getMethod("dismiss", String.class, String.class)
                .isAnnotationPresent(com.atlassian.plugins.rest.api.security.annotation.LicensedOnly.class));
        assertTrue(MySuggestionsResource.class.getMethod("list")
                .isAnnotationPresent(com.atlassian.plugins.rest.api.security.annotation.LicensedOnly.class));
    }

    private ApplicationHandler app() {
        ResourceConfig config = new ResourceConfig();
        GlueWorkRestComponents.resources(glueWork.collaborators()).forEach(config::register);
        GlueWorkRestComponents.suggestionResources(suggestions, glueWork.currentUser,
                new SuggestionDtoAssembler(suggestions, glueWork.host, glueWork.categories)).forEach(config::register);
        GlueWorkRestComponents.exceptionMappers().forEach(config::register);
        GlueWorkRestComponents.requestFilters().forEach(config::register);
        GlueWorkRestComponents.providers().forEach(config::register);
        config.register(JacksonFeature.class);
        return new ApplicationHandler(config);
    }

    private static String field(Answer answer, int status) throws Exception {
        assertEquals(answer.body, status, answer.status);
        return answer.json().get("errors").get(0).get("field").asText();
    }

    private Answer call(String method, String path, Map<String, String> headers) throws Exception {
        return call(method, path, headers, null, null);
    }

    private Answer call(String method, String path, Map<String, String> headers, String contentType, String body)
            throws Exception {
        ContainerRequest request = new ContainerRequest(BASE, BASE.resolve(path), method, null,
                new org.glassfish.jersey.internal.MapPropertiesDelegate(), app.getConfiguration());
        request.header("Accept", "application/json");
        headers.forEach(request::header);
        if (contentType != null) {
            request.header("Content-Type", contentType);
            request.setEntityStream(new ByteArrayInputStream(body.getBytes(StandardCharsets.UTF_8)));
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ContainerResponse response = app.apply(request, out).get();
        return new Answer(response.getStatus(), out.toString(StandardCharsets.UTF_8));
    }

    private record Answer(int status, String body) {
        JsonNode json() throws Exception {
            return JSON.readTree(body);
        }
    }
}
