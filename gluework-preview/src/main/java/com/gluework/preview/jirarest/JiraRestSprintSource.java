package com.gluework.preview.jirarest;

import com.fasterxml.jackson.databind.JsonNode;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** A board's sprints, read through the Agile API ({@code /rest/agile/1.0/board/{id}/sprint}), all pages. */
public final class JiraRestSprintSource {
    private static final int PAGE_SIZE = 50;
    /** A server that never says {@code isLast} and never runs out cannot keep the preview busy for ever. */
    private static final int MAX_PAGES = 200;

    private final JiraRest jira;

    public JiraRestSprintSource(JiraRest jira) {
        this.jira = jira;
    }

    /** The board's sprints in the order Jira lists them (by sequence: closed, active, future); empty for an unknown board. */
    public List<JiraSprint> findBoardSprints(long boardId) {
        List<JiraSprint> sprints = new ArrayList<>();
        int startAt = 0;
        for (int pages = 0; pages < MAX_PAGES; pages++) {
            Optional<JsonNode> page = jira.get("/rest/agile/1.0/board/" + boardId + "/sprint?startAt=" + startAt + "&maxResults=" + PAGE_SIZE);
            if (page.isEmpty()) {
                return sprints;
            }
            JsonNode values = page.get().path("values");
            values.forEach(v -> sprints.add(toSprint(v)));
            startAt += values.size();
            // Jira says isLast; servers before 7 did not, so an empty page ends the loop too.
            if (values.isEmpty() || page.get().path("isLast").asBoolean(true)) {
                return sprints;
            }
        }
        return sprints;
    }

    public Optional<JiraSprint> findActiveSprint(long boardId) {
        return findBoardSprints(boardId).stream().filter(JiraSprint::isActive).findFirst();
    }

    static JiraSprint toSprint(JsonNode sprint) {
        JsonNode board = sprint.path("originBoardId");
        return new JiraSprint(sprint.path("id").asLong(), JiraRestJson.text(sprint, "name"), JiraRestJson.text(sprint, "state"),
                JiraRestJson.timestamp(sprint, "startDate"), JiraRestJson.timestamp(sprint, "endDate"),
                JiraRestJson.timestamp(sprint, "completeDate"), board.isNumber() ? board.asLong() : null,
                JiraRestJson.text(sprint, "goal"));
    }
}
