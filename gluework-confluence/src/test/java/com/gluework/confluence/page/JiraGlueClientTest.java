package com.gluework.confluence.page;

import com.gluework.confluence.macro.SummaryProblem;
import com.gluework.confluence.macro.SummaryProblemException;
import com.gluework.confluence.testing.FakeJira;
import com.gluework.confluence.testing.HttpApplicationLink;
import com.gluework.web.rest.dto.ContributionDto;
import com.gluework.web.rest.dto.NewGlueDto;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.After;
import org.junit.Before;
import org.junit.Test;

import java.io.IOException;
import java.net.URI;
import java.util.List;
import java.util.Optional;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertThrows;
import static org.junit.Assert.assertTrue;

/** Recording a page and reading its credits over a real HTTP application link to a local fake Jira. */
public class JiraGlueClientTest {
    private static final String CONTRIBUTIONS = "/rest/gluework/1.0/contributions";
    private static final URI PAGE = URI.create("https://wiki.example.com/spaces/PAY/pages/runbook");

    private FakeJira jira;
    private HttpApplicationLink link;
    private final JiraGlueClient client = new JiraGlueClient();

    @Before
    public void start() throws IOException {
        jira = new FakeJira();
        link = new HttpApplicationLink("l", "Jira", jira.url(), jira.url(), true,
                () -> Optional.of(new HttpApplicationLink.BasicCredentials("alice", "alice")), URI.create("http://auth"));
    }

    @After
    public void stop() {
        jira.close();
    }

    private static NewGlueDto runbook(String issueKey) {
        return new NewGlueDto(issueKey, "documentation", "dave", "Wrote the runbook", "", List.of(), List.of(PAGE.toString()), null);
    }

    @Test
    public void record_shouldReturnTheStoredContribution() throws Exception {
        jira.reply(CONTRIBUTIONS, 201, "application/json", new ObjectMapper().writeValueAsString(PageGlueTest.credit("Dave Kowalski", 0)));

        JiraGlueClient.Recorded recorded = client.record(link, runbook("GW-30"));

        assertTrue(recorded.ok());
        assertEquals("Dave Kowalski", recorded.contribution().contributor().displayName());
        assertEquals(List.of("alice " + jira.url().getPath() + CONTRIBUTIONS), jira.requests());
    }

    @Test
    public void record_shouldReturnJirasFieldErrorsFor400AndForGlueWorks404() {
        jira.reply(CONTRIBUTIONS, 400, "application/json", "{\"status\":400,\"errors\":[{\"field\":\"summary\",\"message\":\"Say what was done.\"}]}");
        JiraGlueClient.Recorded refused = client.record(link, runbook(null));
        assertFalse(refused.ok());
        assertEquals("summary", refused.errors().get(0).field());

        jira.reply(CONTRIBUTIONS, 404, "application/json", "{\"status\":404,\"errors\":[{\"field\":\"issueKey\",\"message\":\"Issue SEC-1 does not exist.\"}]}");
        assertEquals("issueKey", client.record(link, runbook("SEC-1")).errors().get(0).field());
    }

    @Test
    public void failures_shouldBeTheMacrosProblems() {
        // no reply configured: Jira's own HTML 404
        SummaryProblemException notInstalled = assertThrows(SummaryProblemException.class, () -> client.creditedTo(link, PAGE));
        assertEquals(SummaryProblem.Kind.GLUE_WORK_NOT_INSTALLED, notInstalled.problem().kind());

        jira.reply(CONTRIBUTIONS, 500, "text/html", "boom");
        assertEquals(SummaryProblem.Kind.JIRA_ERROR,
                assertThrows(SummaryProblemException.class, () -> client.record(link, runbook(null))).problem().kind());

        jira.json(CONTRIBUTIONS, "[{\"id\": ");
        assertEquals(SummaryProblem.Kind.MALFORMED_ANSWER,
                assertThrows(SummaryProblemException.class, () -> client.creditedTo(link, PAGE)).problem().kind());
    }

    @Test
    public void creditedTo_shouldReadTheList() throws Exception {
        jira.json(CONTRIBUTIONS, new ObjectMapper().writeValueAsString(List.of(PageGlueTest.credit("Dave Kowalski", 2))));

        List<ContributionDto> credited = client.creditedTo(link, PAGE);

        assertEquals("Credited: Dave Kowalski \u2014 docs & runbooks, corroborated by 2", PageGlue.creditedLine(credited));
    }
}
