package com.gluework.confluence.rest;

import com.gluework.confluence.testing.FakeJira;
import com.gluework.confluence.testing.FixedApplicationLinkService;
import com.gluework.confluence.testing.HttpApplicationLink;
import com.gluework.web.rest.dto.BoardDto;
import com.gluework.web.rest.dto.BoardSprintsDto;
import jakarta.ws.rs.core.Response;
import org.junit.After;
import org.junit.Before;
import org.junit.Test;

import java.io.IOException;
import java.net.URI;
import java.util.List;
import java.util.Optional;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

/** The macro browser's pickers: Jira's boards and a board's sprints, forwarded as the viewer to a local fake Jira. */
public class JiraPickersResourceTest {
    private static final String BOARDS = "/rest/gluework/1.0/boards";

    private FakeJira jira;
    private Optional<HttpApplicationLink.BasicCredentials> viewer = Optional.of(new HttpApplicationLink.BasicCredentials("bob", "bob"));
    private JiraPickersResource resource;

    @Before
    public void start() throws IOException {
        jira = new FakeJira();
        HttpApplicationLink link = new HttpApplicationLink("l", "Jira", jira.url(), jira.url(), true, () -> viewer,
                URI.create("https://jira.example.com/authorise"));
        resource = new JiraPickersResource(new FixedApplicationLinkService(List.of(link)));
    }

    @After
    public void stop() {
        jira.close();
    }

    @Test
    @SuppressWarnings("unchecked")
    public void boards_shouldBeJirasBoardsAsTheViewerSeesThem() {
        jira.json(BOARDS, "[{\"id\":7,\"name\":\"Payments\",\"extra\":true},{\"id\":9,\"name\":\"Search\"}]");

        Response response = resource.boards();

        assertEquals(200, response.getStatus());
        assertEquals(List.of(new BoardDto(7, "Payments"), new BoardDto(9, "Search")), response.getEntity());
        assertEquals(List.of("bob " + jira.url().getPath() + BOARDS), jira.requests());
    }

    @Test
    public void sprints_shouldBeTheBoardsSprintsWithTheDefault() {
        jira.json(BOARDS + "/7/sprints", "{\"board\":{\"id\":7,\"name\":\"Payments\"},\"sprints\":[{\"id\":3,\"name\":\"Sprint 3\",\"state\":\"ACTIVE\"}],\"defaultSprintId\":3}");

        Response response = resource.sprints("7");

        assertEquals(200, response.getStatus());
        BoardSprintsDto board = (BoardSprintsDto) response.getEntity();
        assertEquals("Sprint 3", board.sprints().get(0).name());
        assertEquals(Long.valueOf(3), board.defaultSprintId());
    }

    @Test
    public void aBoardJiraHidesOrLacks_shouldBe404() {
        jira.reply(BOARDS + "/8/sprints", 404, "application/json", "{\"status\":404,\"errors\":[{\"field\":\"boardId\",\"message\":\"No board 8.\"}]}");

        Response response = resource.sprints("8");

        assertEquals(404, response.getStatus());
        assertEquals("not-found", ((JiraLinkProxy.ProblemDto) response.getEntity()).kind());
    }

    @Test
    public void aBoardIdThatIsNotAnId_shouldNeverReachJira() {
        for (String id : new String[]{"0", "-1", "07", "7/../../admin", "x", ""}) {
            assertEquals(id, 404, resource.sprints(id).getStatus());
        }
        assertTrue(jira.requests().isEmpty());
    }

    @Test
    public void aViewerWhoHasNotAuthorised_shouldGetTheAuthorisationUri() {
        viewer = Optional.empty();

        Response response = resource.boards();

        assertEquals(401, response.getStatus());
        assertEquals("https://jira.example.com/authorise", ((JiraLinkProxy.ProblemDto) response.getEntity()).authorisationUri());
    }

    @Test
    public void aMalformedOrFailingJira_shouldBeABadGateway() {
        jira.json(BOARDS, "{\"not\":\"a list\"}");
        assertEquals("malformed-answer", ((JiraLinkProxy.ProblemDto) resource.boards().getEntity()).kind());

        jira.reply(BOARDS, 500, "text/html", "boom");
        Response failed = resource.boards();
        assertEquals(502, failed.getStatus());
        assertEquals("jira-error", ((JiraLinkProxy.ProblemDto) failed.getEntity()).kind());
    }

    @Test
    public void aJiraThatDoesNotAnswer_shouldBeAGatewayTimeout() {
        jira.reply(BOARDS, new FakeJira.Reply(200, "application/json", "[]", 60_000));

        assertEquals(504, resource.boards().getStatus());
    }
}
