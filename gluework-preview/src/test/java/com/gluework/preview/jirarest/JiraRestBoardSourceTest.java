package com.gluework.preview.jirarest;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.gluework.core.report.Board;
import org.junit.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

public class JiraRestBoardSourceTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private final List<String> asked = new ArrayList<>();

    @Test
    public void listedByJira_shouldReadEveryPageFromWhereTheLastEndedUntilIsLast() {
        // given: a Jira that caps pages at two boards, whatever maxResults asks
        JiraRest jira = path -> {
            asked.add(path);
            if (path.contains("startAt=0&")) {
                return page("{\"isLast\":false,\"values\":[{\"id\":4,\"name\":\"Weekly\"},{\"id\":9,\"name\":\"Testix\"}]}");
            }
            if (path.contains("startAt=2&")) {
                return page("{\"isLast\":true,\"values\":[{\"id\":12,\"name\":\"Checkout\"}]}");
            }
            throw new AssertionError("unexpected " + path);
        };

        // when
        List<Board> boards = JiraRestBoardSource.listedByJira(jira).findBoards();

        // then
        assertEquals(List.of(new Board(4, "Weekly"), new Board(9, "Testix"), new Board(12, "Checkout")), boards);
        assertEquals(List.of("/rest/agile/1.0/board?type=scrum&startAt=0&maxResults=50",
                "/rest/agile/1.0/board?type=scrum&startAt=2&maxResults=50"), asked);
    }

    @Test
    public void listedByJira_shouldStopAtAnEmptyPageWhenJiraNeverSaysIsLast() {
        // given: an old server without isLast... that does say it has more
        JiraRest jira = path -> path.contains("startAt=0&")
                ? page("{\"isLast\":false,\"values\":[{\"id\":1,\"name\":\"\"}]}")
                : page("{\"isLast\":false,\"values\":[]}");

        // when
        List<Board> boards = JiraRestBoardSource.listedByJira(jira).findBoards();

        // then: a board without a name is still offered, by id
        assertEquals(List.of(new Board(1, "Board 1")), boards);
    }

    @Test
    public void listedByJira_shouldOfferOnlyListedBoardsAndBeUnavailableWithoutJiraSoftware() {
        // given
        JiraRest withBoards = path -> page("{\"isLast\":true,\"values\":[{\"id\":12,\"name\":\"Checkout\"}]}");
        JiraRest withoutJiraSoftware = path -> Optional.empty();

        // then
        assertEquals(Optional.of(new Board(12, "Checkout")), JiraRestBoardSource.listedByJira(withBoards).findBoard(12));
        assertEquals(Optional.empty(), JiraRestBoardSource.listedByJira(withBoards).findBoard(5));
        assertTrue(JiraRestBoardSource.listedByJira(withBoards).isAvailable());
        assertFalse(JiraRestBoardSource.listedByJira(withoutJiraSoftware).isAvailable());
        assertEquals(List.of(), JiraRestBoardSource.listedByJira(withoutJiraSoftware).findBoards());
    }

    @Test
    public void configured_shouldOfferTheConfiguredBoardsNamedByJiraWhenItSays() {
        // given: the demo snapshot has no board documents
        JiraRest snapshot = path -> Optional.empty();

        // when
        JiraRestBoardSource boards = JiraRestBoardSource.configured(snapshot, Map.of(1L, "Payments"));

        // then
        assertEquals(List.of(new Board(1, "Payments")), boards.findBoards());
        assertEquals(Optional.empty(), boards.findBoard(2));
    }

    private static Optional<JsonNode> page(String json) {
        try {
            return Optional.of(JSON.readTree(json));
        } catch (Exception e) {
            throw new IllegalArgumentException(e);
        }
    }
}
