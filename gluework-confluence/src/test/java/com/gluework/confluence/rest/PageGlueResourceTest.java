package com.gluework.confluence.rest;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.gluework.confluence.testing.FakeJira;
import com.gluework.confluence.testing.FixedApplicationLinkService;
import com.gluework.confluence.testing.HttpApplicationLink;
import com.gluework.web.rest.dto.ContributionDto;
import com.gluework.web.rest.dto.ErrorDto;
import com.gluework.web.rest.dto.NewGlueDto;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.junit.After;
import org.junit.Before;
import org.junit.Test;

import java.io.IOException;
import java.net.URI;
import java.util.List;
import java.util.Optional;

import static com.gluework.confluence.page.PageGlueTest.credit;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertTrue;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

/** "Record as glue" and the page's credits, forwarded over a real HTTP application link to a local fake Jira. */
public class PageGlueResourceTest {
    private static final String CONTRIBUTIONS = "/rest/gluework/1.0/contributions";
    private static final String PAGE = "https://wiki.example.com/confluence/pages/viewpage.action?pageId=42";
    private static final ObjectMapper JSON = new ObjectMapper();

    private FakeJira jira;
    private Optional<HttpApplicationLink.BasicCredentials> viewer = Optional.of(new HttpApplicationLink.BasicCredentials("alice", "alice"));
    private PageGlueResource resource;
    private final UriInfo request = mock(UriInfo.class);

    @Before
    public void start() throws IOException {
        jira = new FakeJira();
        resource = new PageGlueResource(new FixedApplicationLinkService(List.of(link(jira.url()))));
        when(request.getRequestUri()).thenReturn(URI.create("https://wiki.example.com/confluence/rest/gluework/1.0/page-glue"));
    }

    private HttpApplicationLink link(URI url) {
        return new HttpApplicationLink("l", "Jira", url, url, true, () -> viewer, URI.create("https://jira.example.com/authorise"));
    }

    @After
    public void stop() {
        jira.close();
    }

    private static PageGlueResource.RecordPageDto runbook(String issueKey, List<String> people) {
        return new PageGlueResource.RecordPageDto(PAGE, issueKey, "documentation", people, "Wrote the runbook", "", null);
    }

    private Response record(PageGlueResource.RecordPageDto body) {
        return resource.record("no-check", "https://wiki.example.com", request, body);
    }

    @Test
    public void record_shouldStoreOneContributionPerPersonWithThePageAsEvidence_asTheViewer() throws Exception {
        jira.reply(CONTRIBUTIONS, 201, "application/json", JSON.writeValueAsString(credit("Dave Kowalski", 0)));

        Response response = record(runbook("GW-30", List.of("dave", "carol")));

        assertEquals(201, response.getStatus());
        PageGlueResource.RecordedDto recorded = (PageGlueResource.RecordedDto) response.getEntity();
        assertEquals(2, recorded.recorded().size());
        assertEquals(List.of("alice " + jira.url().getPath() + CONTRIBUTIONS, "alice " + jira.url().getPath() + CONTRIBUTIONS),
                jira.requests());
        NewGlueDto sent = JSON.readValue(jira.lastBody(), NewGlueDto.class);
        assertEquals(List.of(PAGE), sent.evidenceLinks());
        assertEquals("carol", sent.contributorKey());
        assertEquals("GW-30", sent.issueKey());
    }

    @Test
    public void record_withoutPeopleOrIssue_shouldCreditTheViewerAsTeamGlue() throws Exception {
        jira.reply(CONTRIBUTIONS, 201, "application/json", JSON.writeValueAsString(credit("Alice", 0)));

        assertEquals(201, record(runbook("  ", List.of())).getStatus());

        NewGlueDto sent = JSON.readValue(jira.lastBody(), NewGlueDto.class);
        assertNull(sent.contributorKey());
        assertNull(sent.issueKey());
    }

    @Test
    public void jirasFieldErrors_shouldReachTheDialogAsJiraWordedThem() {
        jira.reply(CONTRIBUTIONS, 400, "application/json", "{\"status\":400,\"errors\":[{\"field\":\"summary\",\"message\":\"Say what was done.\"}]}");

        Response response = record(runbook(null, List.of()));

        assertEquals(400, response.getStatus());
        PageGlueResource.RecordedDto answer = (PageGlueResource.RecordedDto) response.getEntity();
        assertEquals("summary", answer.errors().get(0).field());
        assertEquals("Say what was done.", answer.errors().get(0).message());
        assertTrue(answer.recorded().isEmpty());
    }

    @Test
    public void anUnknownIssue_shouldBeAnErrorOnIssueKey() {
        jira.reply(CONTRIBUTIONS, 404, "application/json", "{\"status\":404,\"errors\":[{\"field\":\"issueKey\",\"message\":\"Issue SEC-1 does not exist.\"}]}");

        Response response = record(runbook("SEC-1", List.of()));

        assertEquals(400, response.getStatus());
        assertEquals("issueKey", ((PageGlueResource.RecordedDto) response.getEntity()).errors().get(0).field());
    }

    @Test
    public void jiraWithoutGlueWork_shouldSaySoNotShowJirasPage() {
        // nothing configured: Jira's own HTML 404
        Response response = record(runbook(null, List.of()));

        assertEquals(503, response.getStatus());
        assertEquals("glue-work-not-installed", ((JiraLinkProxy.ProblemDto) response.getEntity()).kind());
    }

    @Test
    public void aViewerWhoHasNotAuthorised_shouldGetTheAuthorisationUri() {
        viewer = Optional.empty();

        Response response = record(runbook(null, List.of()));

        assertEquals(401, response.getStatus());
        JiraLinkProxy.ProblemDto problem = (JiraLinkProxy.ProblemDto) response.getEntity();
        assertEquals("authorisation-required", problem.kind());
        assertEquals("https://jira.example.com/authorise", problem.authorisationUri());
        assertTrue(jira.requests().isEmpty());
    }

    @Test
    public void jirasOwn401_shouldAlsoAskForAuthorisation() {
        jira.reply(CONTRIBUTIONS, 401, "text/html", "no");

        assertEquals("authorisation-required",
                ((JiraLinkProxy.ProblemDto) record(runbook(null, List.of())).getEntity()).kind());
    }

    @Test
    public void aJiraThatDoesNotAnswer_shouldBeAGatewayTimeout() throws Exception {
        jira.reply(CONTRIBUTIONS, new FakeJira.Reply(201, "application/json", JSON.writeValueAsString(credit("Alice", 0)), 60_000));

        Response response = record(runbook(null, List.of()));

        assertEquals(504, response.getStatus());
        assertEquals("jira-slow", ((JiraLinkProxy.ProblemDto) response.getEntity()).kind());
    }

    @Test
    public void noJiraLink_shouldSayAnAdministratorHasToAddOne() {
        resource = new PageGlueResource(new FixedApplicationLinkService(List.of()));

        Response response = record(runbook(null, List.of()));

        assertEquals(503, response.getStatus());
        assertEquals("no-jira-link", ((JiraLinkProxy.ProblemDto) response.getEntity()).kind());
    }

    @Test
    public void withoutTheTokenOrFromAnotherSite_shouldBeRefusedBeforeJiraIsAsked() {
        assertEquals(403, resource.record(null, null, request, runbook(null, List.of())).getStatus());
        assertEquals(403, resource.record("no-check", "https://evil.example.com", request, runbook(null, List.of())).getStatus());
        assertEquals(403, resource.record("no-check", "http://wiki.example.com", request, runbook(null, List.of())).getStatus());
        assertTrue(jira.requests().isEmpty());
    }

    @Test
    public void aPageElsewhere_shouldBeRefusedAsABadPageUrl() {
        for (String url : new String[]{"https://evil.example.com/x", "javascript:alert(1)", "https://x@wiki.example.com/p", "", "not a url"}) {
            Response response = record(new PageGlueResource.RecordPageDto(url, null, "documentation", List.of(), "s", "", null));
            assertEquals(url, 400, response.getStatus());
            assertEquals(url, "pageUrl", ((ErrorDto) response.getEntity()).errors().get(0).field());
        }
        assertTrue(jira.requests().isEmpty());
    }

    @Test
    public void credited_shouldAskJiraForThePageAndGiveTheLine() throws Exception {
        jira.json(CONTRIBUTIONS, JSON.writeValueAsString(List.<ContributionDto>of(credit("Dave Kowalski", 2))));

        Response response = resource.credited(PAGE, request);

        assertEquals(200, response.getStatus());
        PageGlueResource.CreditedDto credited = (PageGlueResource.CreditedDto) response.getEntity();
        assertEquals("Credited: Dave Kowalski \u2014 docs & runbooks, corroborated by 2", credited.line());
        assertTrue(jira.requests().get(0).endsWith(CONTRIBUTIONS));
        assertEquals("evidenceLink=" + PAGE, jira.lastQuery());
    }
}
