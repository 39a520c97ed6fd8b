package com.gluework.preview.jirarest;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.gluework.core.port.SprintSource;
import com.gluework.core.report.Board;
import com.gluework.core.report.Sprint;
import com.gluework.core.testing.SprintSourceContract;

import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The preview's Agile REST reader keeps the {@link SprintSourceContract}, over a double of Jira Data Center's Agile
 * API as the personal access token's user sees it: {@code /rest/agile/1.0/board?type=scrum} lists the boards that user
 * may see (not "Secret"), in Jira's order, not by name; {@code /board/{id}/sprint} lists a board's sprints newest
 * first (a rank a user may have changed); {@code /sprint/{id}} answers 404 for a sprint the user may not see. On a
 * live Jira the token's user is the only viewer (docs/decisions.md), so the contract's viewer is that user.
 */
public class JiraRestSprintReportSourceContractTest extends SprintSourceContract {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Pattern BOARD_SPRINTS = Pattern.compile("/rest/agile/1\\.0/board/(\\d+)/sprint\\?startAt=0&maxResults=\\d+");
    private static final Pattern ONE_SPRINT = Pattern.compile("/rest/agile/1\\.0/sprint/(\\d+)");
    private static final List<Board> VISIBLE_BOARDS_IN_JIRA_ORDER = List.of(PAYMENTS, ALPHA);
    private static final Map<Long, List<Sprint>> SPRINTS_NEWEST_FIRST = Map.of(1L, List.of(S12, S11), 2L, List.of(S21));

    @Override
    protected SprintSource source() {
        return new JiraRestSprintReportSource(this::answer, JiraRestBoardSource.listedByJira(this::answer));
    }

    @Override
    protected SprintSource unavailableSource() {
        // Without Jira Software, Jira answers 404 for every Agile path.
        JiraRest withoutAgile = path -> {
            if (path.startsWith("/rest/agile/")) {
                return Optional.empty();
            }
            throw new AssertionError("unexpected request " + path);
        };
        return new JiraRestSprintReportSource(withoutAgile, JiraRestBoardSource.listedByJira(withoutAgile));
    }

    private Optional<JsonNode> answer(String path) {
        if (path.startsWith("/rest/agile/1.0/board?type=scrum&startAt=0&")) {
            ArrayNode values = JSON.createArrayNode();
            VISIBLE_BOARDS_IN_JIRA_ORDER.forEach(b -> values.addObject().put("id", b.id()).put("name", b.name()).put("type", "scrum"));
            return Optional.of(page(values));
        }
        Matcher boardSprints = BOARD_SPRINTS.matcher(path);
        if (boardSprints.matches()) {
            List<Sprint> sprints = SPRINTS_NEWEST_FIRST.get(Long.parseLong(boardSprints.group(1)));
            if (sprints == null) {
                return Optional.empty(); // unknown, or a board the token's user may not see
            }
            ArrayNode values = JSON.createArrayNode();
            sprints.forEach(s -> values.add(sprint(s)));
            return Optional.of(page(values));
        }
        Matcher oneSprint = ONE_SPRINT.matcher(path);
        if (oneSprint.matches()) {
            long id = Long.parseLong(oneSprint.group(1));
            return SPRINTS_NEWEST_FIRST.values().stream().flatMap(List::stream).filter(s -> s.id() == id).findFirst()
                    .map(JiraRestSprintReportSourceContractTest::sprint);
        }
        throw new AssertionError("unexpected request " + path);
    }

    private static JsonNode page(ArrayNode values) {
        ObjectNode page = JSON.createObjectNode();
        page.put("maxResults", 50).put("startAt", 0).put("isLast", true);
        page.set("values", values);
        return page;
    }

    /** A sprint as Jira 9–11's Agile API writes it (timestamps with milliseconds and an offset). */
    private static JsonNode sprint(Sprint s) {
        ObjectNode sprint = JSON.createObjectNode();
        sprint.put("id", s.id());
        sprint.put("self", "https://jira.example.com/rest/agile/1.0/sprint/" + s.id());
        sprint.put("state", s.state().name().toLowerCase(Locale.ROOT));
        sprint.put("name", s.name());
        putTimestamp(sprint, "startDate", s.startDate());
        putTimestamp(sprint, "endDate", s.endDate());
        putTimestamp(sprint, "completeDate", s.completeDate());
        sprint.put("originBoardId", s.boardId());
        sprint.put("goal", "");
        return sprint;
    }

    private static void putTimestamp(ObjectNode sprint, String field, Instant at) {
        if (at != null) {
            sprint.put(field, at.toString().replace("Z", ".000Z"));
        }
    }
}
