package com.gluework.web.rest;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.gluework.web.testing.InMemoryGlueWork;
import com.gluework.web.view.ViewRenderer;
import jakarta.ws.rs.core.MediaType;
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
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;
import static org.mockito.ArgumentMatchers.anyMap;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.doCallRealMethod;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

/**
 * The resources and mappers inside a real Jersey runtime, in memory (no server, no socket): what only a JAX-RS
 * runtime decides — content negotiation (415), body parsing, Location resolution, method matching (405).
 */
public class RestApiTest {
    private static final URI BASE = URI.create("http://localhost:2990/rest/gluework/1.0/");
    private static final ObjectMapper JSON = new ObjectMapper();

    /** The header the panel's script adds to every state change (see {@link XsrfRequestFilter}). */
    private static final Map<String, String> NO_CHECK = Map.of(XsrfRequestFilter.TOKEN_HEADER, XsrfRequestFilter.NO_CHECK);

    private final InMemoryGlueWork glueWork = new InMemoryGlueWork();

    @Test
    public void postContribution_shouldAnswer201WithAnAbsoluteLocationAndTheDto() throws Exception {
        // given
        glueWork.currentUser.actAs("alice");

        // when
        Answer answer = call(app(), "POST", "issues/GW-1/contributions", MediaType.APPLICATION_JSON,
                "{\"categoryKey\":\"review\",\"summary\":\"Caught a race\",\"occurredOn\":\"2026-11-24\",\"futureField\":1}");

        // then
        assertEquals(answer.body, 201, answer.status);
        assertEquals(BASE + "contributions/1", answer.header("Location"));
        assertEquals("Caught a race", answer.json().get("summary").asText());
        assertEquals("Alice Lead", answer.json().get("contributor").get("displayName").asText());
        assertEquals("2026-11-24", answer.json().get("occurredOn").asText());
        assertTrue(answer.json().get("peerObservation").isBoolean());
    }

    @Test
    public void getContributions_shouldAnswerAJsonList() throws Exception {
        // given
        glueWork.record("carol", "GW-1", "review", "Caught a race");
        glueWork.currentUser.actAs("alice");

        // when
        Answer answer = call(app(), "GET", "issues/GW-1/contributions", null, null);

        // then
        assertEquals(200, answer.status);
        assertEquals(1, answer.json().size());
        assertEquals("review", answer.json().get(0).get("category").get("key").asText());
    }

    @Test
    public void postContribution_shouldAnswer415ForAnyBodyThatIsNotJson() throws Exception {
        // given: the XSRF header, without which a form body is refused before it reaches the resource
        glueWork.currentUser.actAs("alice");

        // when
        Answer answer = call(app(), "POST", "issues/GW-1/contributions", MediaType.APPLICATION_FORM_URLENCODED,
                "summary=hello", NO_CHECK);

        // then
        assertEquals(415, answer.status);
        assertError(answer, "contentType");
        assertTrue(glueWork.store.findByIssue(10001).isEmpty());
    }

    @Test
    public void stateChanges_fromAFormOrAnotherSite_shouldAnswer403BeforeAnyResourceRuns() throws Exception {
        // given
        long id = glueWork.record("carol", "GW-1", "review", "Caught a race");
        glueWork.currentUser.actAs("carol");
        ApplicationHandler app = app();

        // when
        Answer form = call(app, "POST", "issues/GW-1/contributions", MediaType.APPLICATION_FORM_URLENCODED, "summary=hi");
        Answer textEdit = call(app, "PUT", "contributions/" + id, MediaType.TEXT_PLAIN, "{\"version\":1}");
        Answer delete = call(app, "DELETE", "contributions/" + id + "/corroborations/mine", null, null);
        Answer crossSite = call(app, "POST", "contributions/" + id + "/retire", MediaType.APPLICATION_JSON,
                "{\"version\":1}", Map.of("Origin", "https://evil.example"));

        // then
        for (Answer refused : List.of(form, textEdit, delete, crossSite)) {
            assertEquals(refused.body, 403, refused.status);
            assertError(refused, "xsrf");
        }
        assertEquals(1, glueWork.store.findByIssue(10001).size());
        assertEquals(1, glueWork.store.findById(id).orElseThrow().version());
    }

    @Test
    public void postContribution_shouldAnswer400NamingTheBodyForMalformedJson() throws Exception {
        // given
        glueWork.currentUser.actAs("alice");

        // when
        Answer answer = call(app(), "POST", "issues/GW-1/contributions", MediaType.APPLICATION_JSON, "{\"summary\": ");

        // then
        assertEquals(400, answer.status);
        assertError(answer, "body");
        assertFalse("no parser internals", answer.body.contains("NewContributionDto"));
    }

    @Test
    public void postContribution_shouldAnswer400NamingAFieldOfTheWrongJsonType() throws Exception {
        // given
        glueWork.currentUser.actAs("alice");

        // when
        Answer answer = call(app(), "POST", "issues/GW-1/contributions", MediaType.APPLICATION_JSON,
                "{\"categoryKey\":\"review\",\"summary\":\"x\",\"evidenceLinks\":{\"href\":\"https://x.example\"}}");

        // then
        assertEquals(400, answer.status);
        assertError(answer, "evidenceLinks");
    }

    @Test
    public void postContribution_shouldAnswer400NamingEveryInvalidField() throws Exception {
        // given
        glueWork.currentUser.actAs("alice");

        // when
        Answer answer = call(app(), "POST", "issues/GW-1/contributions", MediaType.APPLICATION_JSON,
                "{\"categoryKey\":\"nope\",\"summary\":\"  \",\"evidenceLinks\":[\"javascript:alert(1)\"]}");

        // then
        assertEquals(400, answer.status);
        assertEquals(400, answer.json().get("status").asInt());
        List<String> fields = answer.json().get("errors").findValuesAsText("field");
        assertEquals(List.of("categoryKey", "summary", "evidenceLinks[0]"), fields);
        assertTrue(glueWork.store.findByIssue(10001).isEmpty());
    }

    @Test
    public void postContribution_shouldAnswer400NamingOccurredOnForABadDate() throws Exception {
        // given
        glueWork.currentUser.actAs("alice");

        // when
        Answer answer = call(app(), "POST", "issues/GW-1/contributions", MediaType.APPLICATION_JSON,
                "{\"categoryKey\":\"review\",\"summary\":\"x\",\"occurredOn\":\"yesterday\"}");

        // then
        assertEquals(400, answer.status);
        assertError(answer, "occurredOn");
    }

    @Test
    public void postContribution_shouldAnswer401ToAnonymous() throws Exception {
        // given
        glueWork.currentUser.anonymous();

        // when
        Answer answer = call(app(), "POST", "issues/GW-1/contributions", MediaType.APPLICATION_JSON,
                "{\"categoryKey\":\"review\",\"summary\":\"x\"}");

        // then
        assertEquals(401, answer.status);
        assertError(answer, "user");
    }

    @Test
    public void postGlue_withoutAnIssue_shouldAnswer201WithTeamGlueAndItsLocation() throws Exception {
        // given: dave's runbook page, recorded by alice from Confluence
        glueWork.currentUser.actAs("alice");

        // when
        Answer answer = call(app(), "POST", "contributions", MediaType.APPLICATION_JSON,
                "{\"categoryKey\":\"documentation\",\"contributorKey\":\"dave\",\"summary\":\"Wrote the alerting runbook\","
                        + "\"evidenceLinks\":[\"http://localhost:2990/wiki/spaces/PAY/pages/payments-alerting-runbook\"]}");

        // then
        assertEquals(answer.body, 201, answer.status);
        long id = answer.json().get("id").asLong();
        assertEquals(BASE + "contributions/" + id, answer.header("Location"));
        assertTrue(answer.json().get("issueKey") == null || answer.json().get("issueKey").isNull());
        assertEquals("Dave Docs", answer.json().get("contributor").get("displayName").asText());
        assertEquals(Optional.empty(), glueWork.store.findById(id).orElseThrow().issueRef());
    }

    @Test
    public void postGlue_withAnIssue_shouldFollowTheIssueEndpointsRulesAndErrors() throws Exception {
        // given
        glueWork.currentUser.actAs("bob");
        ApplicationHandler app = app();
        String glue = "\"categoryKey\":\"documentation\",\"summary\":\"Runbook\"";

        // when
        Answer onIssue = call(app, "POST", "contributions", MediaType.APPLICATION_JSON, "{\"issueKey\":\"GW-2\"," + glue + "}");
        Answer hidden = call(app, "POST", "contributions", MediaType.APPLICATION_JSON, "{\"issueKey\":\"SEC-1\"," + glue + "}");
        Answer missing = call(app, "POST", "contributions", MediaType.APPLICATION_JSON, "{\"issueKey\":\"SEC-9\"," + glue + "}");
        Answer malformed = call(app, "POST", "contributions", MediaType.APPLICATION_JSON, "{\"issueKey\":\"<b>\"," + glue + "}");
        Answer noSummary = call(app, "POST", "contributions", MediaType.APPLICATION_JSON,
                "{\"categoryKey\":\"documentation\",\"summary\":\" \"}");
        Answer form = call(app, "POST", "contributions", MediaType.APPLICATION_FORM_URLENCODED, "summary=hi");

        // then
        assertEquals(onIssue.body, 201, onIssue.status);
        assertEquals("GW-2", onIssue.json().get("issueKey").asText());
        assertEquals(1, glueWork.store.findByIssue(10002).size());
        assertEquals(404, hidden.status);
        assertError(hidden, "issueKey");
        assertEquals(404, missing.status);
        assertEquals(hidden.json().get("errors").get(0).get("message").asText().replace("SEC-1", "?"),
                missing.json().get("errors").get(0).get("message").asText().replace("SEC-9", "?"));
        assertEquals(400, malformed.status);
        assertError(malformed, "issueKey");
        assertEquals(400, noSummary.status);
        assertError(noSummary, "summary");
        assertEquals(403, form.status);
        assertError(form, "xsrf");
        assertEquals(List.of(), glueWork.store.findByIssue(20001));
    }

    @Test
    public void getGlueCreditedToAPage_shouldListItAndRefuseAnythingButAnAbsoluteUrl() throws Exception {
        // given: dave's runbook recorded from the page, once as team glue and once on GW-1
        glueWork.currentUser.actAs("alice");
        ApplicationHandler app = app();
        String page = "http://localhost:2990/wiki/spaces/PAY/pages/payments-alerting-runbook";
        for (String issue : List.of("", "\"issueKey\":\"GW-1\",")) {
            assertEquals(201, call(app, "POST", "contributions", MediaType.APPLICATION_JSON, "{" + issue
                    + "\"categoryKey\":\"documentation\",\"contributorKey\":\"dave\",\"summary\":\"Runbook\","
                    + "\"evidenceLinks\":[\"" + page + "\"]}").status);
        }

        // when
        Answer credited = call(app, "GET", "contributions?evidenceLink=" + java.net.URLEncoder.encode(page, java.nio.charset.StandardCharsets.UTF_8), null, null);
        Answer relative = call(app, "GET", "contributions?evidenceLink=%2Fwiki%2Fpage", null, null);
        Answer missing = call(app, "GET", "contributions", null, null);
        glueWork.currentUser.anonymous();
        Answer anonymous = call(app, "GET", "contributions?evidenceLink=" + java.net.URLEncoder.encode(page, java.nio.charset.StandardCharsets.UTF_8), null, null);

        // then
        assertEquals(credited.body, 200, credited.status);
        assertEquals(2, credited.json().size());
        assertEquals("Dave Docs", credited.json().get(0).get("contributor").get("displayName").asText());
        assertEquals("GW-1", credited.json().get(1).get("issueKey").asText());
        assertEquals(400, relative.status);
        assertError(relative, "evidenceLink");
        assertEquals(400, missing.status);
        assertError(missing, "evidenceLink");
        assertEquals(401, anonymous.status);
    }

    @Test
    public void postGlue_shouldAnswer401ToAnonymous() throws Exception {
        glueWork.currentUser.anonymous();

        Answer answer = call(app(), "POST", "contributions", MediaType.APPLICATION_JSON,
                "{\"categoryKey\":\"documentation\",\"summary\":\"x\"}");

        assertEquals(401, answer.status);
        assertError(answer, "user");
    }

    @Test
    public void getContributions_shouldAnswer404ForAHiddenIssueExactlyAsForAMissingOne() throws Exception {
        // given
        glueWork.currentUser.actAs("bob");

        // when
        Answer hidden = call(app(), "GET", "issues/SEC-1/contributions", null, null);
        Answer missing = call(app(), "GET", "issues/SEC-2/contributions", null, null);

        // then
        assertEquals(404, hidden.status);
        assertError(hidden, "issueKey");
        assertEquals(missing.body.replace("SEC-2", "SEC-1"), hidden.body);
    }

    @Test
    public void putContributions_shouldAnswer405WithTheAllowedMethods() throws Exception {
        // when
        Answer answer = call(app(), "PUT", "issues/GW-1/contributions", MediaType.APPLICATION_JSON, "{}");

        // then
        assertEquals(405, answer.status);
        assertError(answer, "method");
        assertTrue(answer.header("Allow").contains("POST"));
    }

    @Test
    public void postCorroboration_shouldAnswer201ThenConflictOnTheSecondTry() throws Exception {
        // given
        long id = glueWork.record("carol", "GW-1", "review", "Caught a race");
        glueWork.currentUser.actAs("dave");
        ApplicationHandler app = app();

        // when
        Answer first = call(app, "POST", "contributions/" + id + "/corroborations", MediaType.APPLICATION_JSON, "{\"note\":\"Saw it\"}");
        Answer second = call(app, "POST", "contributions/" + id + "/corroborations", MediaType.APPLICATION_JSON, "{}");

        // then
        assertEquals(201, first.status);
        assertEquals("Saw it", first.json().get("corroborations").get(0).get("note").asText());
        assertEquals(409, second.status);
        assertError(second, "contributionId");
    }

    @Test
    public void putContribution_shouldAnswer400NamingTheFieldForScalarsOfTheWrongTypeAndChangeNothing() throws Exception {
        // given
        long id = glueWork.record("carol", "GW-1", "review", "Caught a race");
        glueWork.currentUser.actAs("carol");
        ApplicationHandler app = app();

        // when
        Answer number = call(app, "PUT", "contributions/" + id, MediaType.APPLICATION_JSON,
                "{\"categoryKey\":\"review\",\"summary\":123,\"version\":1}");
        Answer fraction = call(app, "PUT", "contributions/" + id, MediaType.APPLICATION_JSON,
                "{\"categoryKey\":\"review\",\"summary\":\"x\",\"version\":1.5}");
        Answer twice = call(app, "PUT", "contributions/" + id, MediaType.APPLICATION_JSON,
                "{\"categoryKey\":\"review\",\"summary\":\"x\",\"summary\":\"y\",\"version\":1}");

        // then
        assertEquals(400, number.status);
        assertError(number, "summary");
        assertEquals(400, fraction.status);
        assertError(fraction, "version");
        assertEquals(400, twice.status);
        assertError(twice, "summary");
        assertEquals("Caught a race", call(app, "GET", "contributions/" + id, null, null).json().get("summary").asText());
    }

    @Test
    public void ids_shouldResolveOnlyInTheirCanonicalAsciiForm() throws Exception {
        // given
        long id = glueWork.record("carol", "GW-1", "review", "Caught a race");
        glueWork.currentUser.actAs("carol");
        ApplicationHandler app = app();

        // when / then
        assertEquals(200, call(app, "GET", "contributions/" + id, null, null).status);
        for (String alias : List.of("0" + id, "+" + id, "%EF%BC%91", id + "e0", "-" + id, " " + id, "9223372036854775808")) {
            Answer answer = call(app, "GET", "contributions/" + alias.replace(" ", "%20"), null, null);
            assertEquals(alias, 404, answer.status);
            assertError(answer, "contributionId");
        }
    }

    @Test
    public void everyAnswer_shouldCarryNoStoreNosniffAndAReferrerPolicyAndFragmentsACsp() throws Exception {
        // given
        long id = glueWork.record("carol", "GW-1", "review", "Caught a race");
        glueWork.currentUser.actAs("alice");
        ApplicationHandler app = app();

        // when
        Answer json = call(app, "GET", "issues/GW-1/contributions", null, null, "application/json");
        Answer error = call(app, "GET", "contributions/999", null, null, "application/json");
        Answer fragment = call(app, "GET", "contributions/" + id + "/history", null, null, "text/html");

        // then
        for (Answer answer : List.of(json, error, fragment)) {
            assertEquals(answer.body, "no-store", answer.header("Cache-Control"));
            assertEquals("nosniff", answer.header("X-Content-Type-Options"));
            assertEquals("same-origin", answer.header("Referrer-Policy"));
        }
        assertTrue(fragment.header("Content-Security-Policy").contains("frame-ancestors 'self'"));
        assertEquals("", json.header("Content-Security-Policy"));
    }

    @Test
    public void getPanel_shouldAnswerTheEscapedHtmlFragment() throws Exception {
        // given
        glueWork.record("carol", "GW-1", "review", "<script>alert(1)</script>");
        glueWork.currentUser.actAs("alice");

        // when
        Answer answer = call(app(), "GET", "issues/GW-1/panel", null, null);

        // then
        assertEquals(200, answer.status);
        assertTrue(answer.header("Content-Type").startsWith("text/html"));
        assertTrue(answer.body.contains("&lt;script&gt;alert(1)&lt;/script&gt;"));
        assertFalse(answer.body.contains("<script>"));
    }

    @Test
    public void putContribution_shouldAnswer200ThenConflictForTheSameStaleVersion() throws Exception {
        // given
        long id = glueWork.record("carol", "GW-1", "review", "Caught a race");
        glueWork.currentUser.actAs("carol");
        ApplicationHandler app = app();
        String body = "{\"categoryKey\":\"review\",\"summary\":\"Caught a data race\",\"version\":1}";

        // when
        Answer first = call(app, "PUT", "contributions/" + id, MediaType.APPLICATION_JSON, body);
        Answer second = call(app, "PUT", "contributions/" + id, MediaType.APPLICATION_JSON, body.replace("data race", "race!"));

        // then
        assertEquals(first.body, 200, first.status);
        assertEquals(2, first.json().get("version").asInt());
        assertEquals(409, second.status);
        assertError(second, "version");
        assertEquals("Caught a data race", glueWork.store.findById(id).orElseThrow().summary());
    }

    @Test
    public void putContribution_shouldAnswer400NamingAVersionThatIsNotANumber() throws Exception {
        // given
        long id = glueWork.record("carol", "GW-1", "review", "Caught a race");
        glueWork.currentUser.actAs("carol");

        // when
        Answer answer = call(app(), "PUT", "contributions/" + id, MediaType.APPLICATION_JSON,
                "{\"categoryKey\":\"review\",\"summary\":\"x\",\"version\":\"latest\"}");

        // then
        assertEquals(400, answer.status);
        assertError(answer, "version");
    }

    @Test
    public void retireAndRestore_shouldTakeTheVersionAsJsonAndRefuseOtherBodies() throws Exception {
        // given
        long id = glueWork.record("carol", "GW-1", "review", "Caught a race");
        glueWork.currentUser.actAs("carol");
        ApplicationHandler app = app();

        // when
        Answer form = call(app, "POST", "contributions/" + id + "/retire", MediaType.APPLICATION_FORM_URLENCODED, "version=1",
                NO_CHECK);
        Answer retired = call(app, "POST", "contributions/" + id + "/retire", MediaType.APPLICATION_JSON, "{\"version\":1}");
        Answer restored = call(app, "POST", "contributions/" + id + "/restore", MediaType.APPLICATION_JSON, "{\"version\":2}");

        // then
        assertEquals(415, form.status);
        assertEquals(200, retired.status);
        assertEquals("RETIRED", retired.json().get("state").asText());
        assertEquals(200, restored.status);
        assertEquals("ACTIVE", restored.json().get("state").asText());
    }

    @Test
    public void deleteMyCorroboration_shouldAnswer200WithoutIt() throws Exception {
        // given
        long id = glueWork.record("carol", "GW-1", "review", "Caught a race");
        glueWork.currentUser.actAs("dave");
        ApplicationHandler app = app();
        call(app, "POST", "contributions/" + id + "/corroborations", MediaType.APPLICATION_JSON, "{}");

        // when: as the panel sends it, with the XSRF header since a DELETE has no JSON body
        Answer answer = call(app, "DELETE", "contributions/" + id + "/corroborations/mine", null, null, NO_CHECK);

        // then
        assertEquals(answer.body, 200, answer.status);
        assertEquals(0, answer.json().get("corroborations").size());
    }

    @Test
    public void getHistory_shouldAnswerJsonOrTheHtmlFragmentAsAsked() throws Exception {
        // given
        long id = glueWork.record("carol", "GW-1", "review", "Caught a race");
        glueWork.currentUser.actAs("alice");
        ApplicationHandler app = app();

        // when
        Answer json = call(app, "GET", "contributions/" + id + "/history", null, null, "application/json");
        Answer html = call(app, "GET", "contributions/" + id + "/history", null, null, "text/html");

        // then
        assertEquals(200, json.status);
        assertEquals("CREATED", json.json().get(0).get("kind").asText());
        assertEquals("Carol Reviewer", json.json().get(0).get("actor").get("displayName").asText());
        assertEquals(200, html.status);
        assertTrue(html.header("Content-Type").startsWith("text/html"));
        assertTrue(html.body.contains("gluework-history-fragment"));
    }

    @Test
    public void retiredContribution_shouldBeReadableOnlyByItsEditorsAndLookUnknownToOthers() throws Exception {
        // given: carol retired her own glue
        long id = glueWork.record("carol", "GW-1", "review", "Caught a race");
        glueWork.service.retire(java.util.Optional.of("carol"), id, 1);
        ApplicationHandler app = app();

        // when
        glueWork.currentUser.actAs("dave");
        Answer read = call(app, "GET", "contributions/" + id, null, null);
        Answer unknown = call(app, "GET", "contributions/999", null, null);
        Answer history = call(app, "GET", "contributions/" + id + "/history", null, null, "application/json");
        Answer list = call(app, "GET", "issues/GW-1/contributions", null, null);
        glueWork.currentUser.actAs("carol");
        Answer byEditor = call(app, "GET", "contributions/" + id, null, null);
        Answer listForEditor = call(app, "GET", "issues/GW-1/contributions", null, null);

        // then
        assertEquals(404, read.status);
        assertEquals(unknown.body.replace("999", "#"), read.body.replace(String.valueOf(id), "#"));
        assertEquals(404, history.status);
        assertEquals(0, list.json().size());
        assertEquals(200, byEditor.status);
        assertEquals("RETIRED", byEditor.json().get("state").asText());
        assertEquals(1, listForEditor.json().size());
    }

    @Test
    public void editOfTheSummary_shouldAnswerWithoutCorroborationsAndListTheWithdrawalsInTheHistory() throws Exception {
        // given: dave corroborated carol's glue
        long id = glueWork.record("carol", "GW-1", "review", "Caught a race");
        glueWork.service.corroborate(java.util.Optional.of("dave"), id, "Saw it");
        glueWork.currentUser.actAs("carol");
        ApplicationHandler app = app();
        // the corroboration claimed a version of its own, so carol edits the version she now reads
        long versionCarolSees = call(app, "GET", "contributions/" + id, null, null).json().get("version").asLong();

        // when
        Answer edited = call(app, "PUT", "contributions/" + id, MediaType.APPLICATION_JSON,
                "{\"categoryKey\":\"review\",\"summary\":\"Rewrote the retry path\",\"version\":" + versionCarolSees + "}");
        Answer history = call(app, "GET", "contributions/" + id + "/history", null, null, "application/json");

        // then
        assertEquals(edited.body, 200, edited.status);
        assertEquals(0, edited.json().get("corroborations").size());
        JsonNode withdrawal = history.json().get(history.json().size() - 1);
        assertEquals("CORROBORATION_WITHDRAWN", withdrawal.get("kind").asText());
        assertEquals("carol", withdrawal.get("actor").get("key").asText());
        assertEquals("corroborator", withdrawal.get("fieldChanges").get(0).get("field").asText());
        assertEquals("Dave Docs", withdrawal.get("fieldChanges").get(0).get("before").asText());
    }

    @Test
    public void getPeople_shouldAnswer400ForAnEmptyQueryAnd401ToAnonymous() throws Exception {
        // given
        ApplicationHandler app = app();
        glueWork.currentUser.actAs("alice");

        // when
        Answer empty = call(app, "GET", "people?query=", null, null);
        Answer found = call(app, "GET", "people?query=dav", null, null);
        glueWork.currentUser.anonymous();
        Answer anonymous = call(app, "GET", "people?query=dav", null, null);

        // then
        assertEquals(400, empty.status);
        assertError(empty, "query");
        assertEquals(200, found.status);
        assertEquals("dave", found.json().get(0).get("key").asText());
        assertEquals(401, anonymous.status);
    }

    @Test
    public void anUnexpectedFailure_shouldAnswer500WithAGenericSentenceAndNoDetails() throws Exception {
        // given
        ViewRenderer broken = mock(ViewRenderer.class);
        when(broken.render(anyString(), anyMap())).thenThrow(new IllegalStateException("secret table AO_123456_X is gone"));
        doCallRealMethod().when(broken).renderUtf8(anyString(), anyMap()); // the interface's, which calls render
        glueWork.currentUser.actAs("alice");
        ApplicationHandler app = app(new IssuePanelResource(glueWork.service, glueWork.currentUser, glueWork.views, broken));

        // when
        Answer answer = call(app, "GET", "issues/GW-1/panel", null, null);

        // then
        assertEquals(500, answer.status);
        assertError(answer, "server");
        assertFalse(answer.body.contains("secret"));
        assertFalse(answer.body.contains("IllegalStateException"));
    }

    @Test
    public void getPacket_shouldAnswerThePersonAndALeadAuditTheLeadAndRefuseEveryoneElse() throws Exception {
        // given: dave corroborated bob's review; alice administers the projects, carol does not
        glueWork.host.withProjectAdmin("alice");
        long review = glueWork.record("bob", "GW-1", "review", "Caught a race in the retry path");
        glueWork.service.corroborate(java.util.Optional.of("dave"), review, "Saw it");
        glueWork.record("bob", "GW-2", "documentation", "Wrote the payments runbook");
        ApplicationHandler app = app(careerResources());
        String packet = "people/bob/packet?from=2026-11-01&to=2026-11-30";

        // when
        glueWork.currentUser.actAs("bob");
        Answer own = call(app, "GET", packet, null, null);
        glueWork.currentUser.actAs("alice");
        Answer byLead = call(app, "GET", packet, null, null);
        glueWork.currentUser.actAs("carol");
        Answer byTeammate = call(app, "GET", packet, null, null);
        glueWork.currentUser.anonymous();
        Answer anonymous = call(app, "GET", packet, null, null);
        glueWork.currentUser.actAs("bob");
        Answer audit = call(app, "GET", "myself/packet-views", null, null);

        // then
        assertEquals(own.body, 200, own.status);
        assertEquals("no-store", own.header("Cache-Control"));
        JsonNode json = own.json();
        assertEquals("Bob Builder", json.get("person").get("displayName").asText());
        assertEquals(review, json.get("highlights").get(0).get("id").asLong());
        assertEquals("CORROBORATED", json.get("highlights").get(0).get("strength").asText());
        assertEquals("Dave Docs", json.get("highlights").get(0).get("corroboratedBy").get(0).get("displayName").asText());
        JsonNode draft = json.get("calibrationDraft");
        assertEquals("DIMENSION", draft.get(1).get("kind").asText());
        assertEquals(review, draft.get(1).get("contributionIds").get(0).asLong());
        assertTrue(draft.get(1).get("text").asText().contains("Caught a race in the retry path"));
        assertEquals("SELF_REPORTED_NOT_STATED", draft.get(2).get("kind").asText());
        assertFalse(draft.get(2).get("text").asText().contains("payments runbook"));
        assertEquals(200, byLead.status);
        assertEquals(403, byTeammate.status);
        assertEquals("person", byTeammate.json().get("errors").get(0).get("field").asText());
        assertEquals(401, anonymous.status);
        assertEquals(1, audit.json().size());
        assertEquals("alice", audit.json().get(0).get("viewer").get("key").asText());
        assertEquals("2026-11-01", audit.json().get(0).get("from").asText());
    }

    @Test
    public void getPacket_shouldAnswer400NamingTheBadDateAnd404ForAnUnknownPerson() throws Exception {
        // given
        ApplicationHandler app = app(careerResources());
        glueWork.currentUser.actAs("bob");

        // when
        Answer noFrom = call(app, "GET", "people/bob/packet?to=2026-11-30", null, null);
        Answer badTo = call(app, "GET", "people/bob/packet?from=2026-11-01&to=30.11.2026", null, null);
        Answer farYear = call(app, "GET", "people/bob/packet?from=1899-12-31&to=1900-01-02", null, null);
        Answer reversed = call(app, "GET", "people/bob/packet?from=2026-11-30&to=2026-11-01", null, null);
        Answer nobody = call(app, "GET", "people/nobody/packet?from=2026-11-01&to=2026-11-30", null, null);
        Answer search = call(app, "GET", "people?query=bo", null, null);

        // then
        assertEquals("from", field(noFrom, 400));
        assertEquals("to", field(badTo, 400));
        assertEquals("from", field(farYear, 400));
        assertEquals("to", field(reversed, 400));
        assertEquals(404, nobody.status);
        assertEquals("the people search still answers beside the packet", 200, search.status);
    }

    @Test
    public void getPacketMarkdown_shouldDownloadEscapedMarkdownNamedByTheDatesOnly() throws Exception {
        // given
        glueWork.record("bob", "GW-1", "review", "<img src=x onerror=alert(1)> *bold*");
        ApplicationHandler app = app(careerResources());
        glueWork.currentUser.actAs("bob");

        // when
        Answer md = call(app, "GET", "people/bob/packet.md?from=2026-11-01&to=2026-11-30", null, null, "text/markdown");

        // then
        assertEquals(md.body, 200, md.status);
        assertEquals("attachment; filename=\"glue-evidence-2026-11-01-2026-11-30.md\"", md.header("Content-Disposition"));
        assertTrue(md.body.startsWith("# Glue work evidence \u2014 Bob Builder"));
        assertTrue(md.body.contains("\\<img src=x onerror=alert(1)\\> \\*bold\\*"));
    }

    private Object[] careerResources() {
        List<Object> all = new java.util.ArrayList<>(GlueWorkRestComponents.resources(glueWork.collaborators()));
        all.addAll(glueWork.careerResources());
        return all.toArray();
    }

    private static String field(Answer answer, int status) throws Exception {
        assertEquals(answer.body, status, answer.status);
        return answer.json().get("errors").get(0).get("field").asText();
    }

    @Test
    public void theHostsAccessFailuresAndWebApplicationExceptions_shouldKeepTheirStatusNot500() throws Exception {
        // given a resource failing as REST's access checks and JAX-RS itself do
        ApplicationHandler app = app(new FailingResource());

        // when / then
        assertEquals(401, call(app, "GET", "failing/authentication", null, null).status);
        assertEquals(403, call(app, "GET", "failing/authorisation", null, null).status);
        assertEquals(403, call(app, "GET", "failing/forbidden", null, null).status);
        assertEquals(409, call(app, "GET", "failing/conflict", null, null).status);
        assertError(call(app, "GET", "failing/authentication", null, null), "user");
    }

    /** Fails as Atlassian REST's access filters (SecurityExceptions of these names) and JAX-RS do. */
    @jakarta.ws.rs.Path("failing")
    public static final class FailingResource {
        @jakarta.ws.rs.GET
        @jakarta.ws.rs.Path("{how}")
        public String fail(@jakarta.ws.rs.PathParam("how") String how) {
            switch (how) {
                case "authentication" -> throw new AuthenticationRequiredException();
                case "authorisation" -> throw new AuthorisationException();
                case "forbidden" -> throw new jakarta.ws.rs.ForbiddenException();
                default -> throw new jakarta.ws.rs.WebApplicationException(409);
            }
        }
    }

    /** Named as Atlassian REST's own. */
    static final class AuthenticationRequiredException extends SecurityException {
        private static final long serialVersionUID = 1L;
    }

    /** Named as Atlassian REST's own. */
    static final class AuthorisationException extends SecurityException {
        private static final long serialVersionUID = 1L;
    }

    private ApplicationHandler app(Object... extraResources) {
        ResourceConfig config = new ResourceConfig();
        if (extraResources.length == 0) {
            GlueWorkRestComponents.resources(glueWork.collaborators()).forEach(config::register);
        } else {
            List.of(extraResources).forEach(config::register);
        }
        GlueWorkRestComponents.exceptionMappers().forEach(config::register);
        GlueWorkRestComponents.requestFilters().forEach(config::register);
        GlueWorkRestComponents.providers().forEach(config::register);
        config.register(JacksonFeature.class);
        return new ApplicationHandler(config);
    }

    private static Answer call(ApplicationHandler app, String method, String path, String contentType, String body)
            throws Exception {
        return call(app, method, path, contentType, body, "application/json, text/html");
    }

    private static Answer call(ApplicationHandler app, String method, String path, String contentType, String body,
                               String accept) throws Exception {
        return call(app, method, path, contentType, body, accept, Map.of());
    }

    private static Answer call(ApplicationHandler app, String method, String path, String contentType, String body,
                               Map<String, String> headers) throws Exception {
        return call(app, method, path, contentType, body, "application/json, text/html", headers);
    }

    private static Answer call(ApplicationHandler app, String method, String path, String contentType, String body,
                               String accept, Map<String, String> headers) throws Exception {
        ContainerRequest request = new ContainerRequest(BASE, BASE.resolve(path), method, null,
                new org.glassfish.jersey.internal.MapPropertiesDelegate(), app.getConfiguration());
        request.header("Accept", accept);
        headers.forEach(request::header);
        if (contentType != null) {
            request.header("Content-Type", contentType);
            request.setEntityStream(new ByteArrayInputStream(body.getBytes(StandardCharsets.UTF_8)));
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ContainerResponse response = app.apply(request, out).get();
        return new Answer(response.getStatus(), response.getStringHeaders().entrySet().stream()
                .collect(java.util.stream.Collectors.toMap(Map.Entry::getKey, e -> String.join(",", e.getValue()))),
                out.toString(StandardCharsets.UTF_8));
    }

    private static void assertError(Answer answer, String field) throws Exception {
        assertTrue(answer.header("Content-Type"), answer.header("Content-Type").startsWith(MediaType.APPLICATION_JSON));
        assertEquals(answer.status, answer.json().get("status").asInt());
        assertEquals(answer.body, field, answer.json().get("errors").get(0).get("field").asText());
        assertFalse(answer.json().get("errors").get(0).get("message").asText().isBlank());
    }

    private static final class Answer {
        final int status;
        final Map<String, String> headers;
        final String body;

        Answer(int status, Map<String, String> headers, String body) {
            this.status = status;
            this.headers = headers;
            this.body = body;
        }

        String header(String name) {
            return headers.entrySet().stream().filter(e -> e.getKey().equalsIgnoreCase(name)).map(Map.Entry::getValue)
                    .findFirst().orElse("");
        }

        JsonNode json() throws Exception {
            return JSON.readTree(body);
        }
    }
}
