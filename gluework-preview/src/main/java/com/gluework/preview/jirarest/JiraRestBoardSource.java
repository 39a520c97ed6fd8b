package com.gluework.preview.jirarest;

import com.fasterxml.jackson.databind.JsonNode;
import com.gluework.core.report.Board;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The boards the sprint report offers. On a live Jira: every scrum board Jira lists for the token's user
 * ({@code /rest/agile/1.0/board?type=scrum}, all pages), so Jira decides what the user sees; kanban boards have no
 * sprints (Jira answers 400 for their sprints) and are left out. On the demo snapshot, which has no board list: the
 * boards the preview is configured with, named by {@code /rest/agile/1.0/board/{id}} when Jira says, else as configured.
 */
public final class JiraRestBoardSource {
    private static final int PAGE_SIZE = 50;
    /** A server that never says {@code isLast} and never runs out cannot keep the preview busy for ever. */
    private static final int MAX_PAGES = 200;

    private final JiraRest jira;
    private final Map<Long, String> configured;

    private JiraRestBoardSource(JiraRest jira, Map<Long, String> configured) {
        this.jira = jira;
        this.configured = configured;
    }

    /** Every scrum board the token's user may see, as Jira lists them. */
    public static JiraRestBoardSource listedByJira(JiraRest jira) {
        return new JiraRestBoardSource(jira, null);
    }

    /** @param boards the boards to offer, by id, with the name to show when Jira does not say */
    public static JiraRestBoardSource configured(JiraRest jira, Map<Long, String> boards) {
        return new JiraRestBoardSource(jira, new LinkedHashMap<>(boards));
    }

    /** False when there is nothing to offer: no boards configured, or a Jira without Jira Software (404). */
    public boolean isAvailable() {
        return configured != null ? !configured.isEmpty() : jira.get(page(0)).isPresent();
    }

    public List<Board> findBoards() {
        if (configured != null) {
            return configured.keySet().stream().map(this::findBoard).flatMap(Optional::stream).toList();
        }
        List<Board> boards = new ArrayList<>();
        int startAt = 0;
        for (int pages = 0; pages < MAX_PAGES; pages++) {
            Optional<JsonNode> page = jira.get(page(startAt));
            if (page.isEmpty()) {
                return boards;
            }
            JsonNode values = page.get().path("values");
            values.forEach(b -> boards.add(new Board(b.path("id").asLong(), name(b, b.path("id").asLong()))));
            startAt += values.size();
            // Jira may cap maxResults below what was asked, so the next page starts after what came, until isLast.
            if (values.isEmpty() || page.get().path("isLast").asBoolean(true)) {
                return boards;
            }
        }
        return boards;
    }

    /** Empty when the board is not offered (unknown, invisible to the token's user, or not a scrum board). */
    public Optional<Board> findBoard(long boardId) {
        if (configured == null) {
            return findBoards().stream().filter(b -> b.id() == boardId).findFirst();
        }
        if (!configured.containsKey(boardId)) {
            return Optional.empty();
        }
        String name = jira.get("/rest/agile/1.0/board/" + boardId).map(b -> JiraRestJson.text(b, "name"))
                .orElse(configured.get(boardId));
        return Optional.of(new Board(boardId, name));
    }

    private static String page(int startAt) {
        return "/rest/agile/1.0/board?type=scrum&startAt=" + startAt + "&maxResults=" + PAGE_SIZE;
    }

    private static String name(JsonNode board, long id) {
        String name = JiraRestJson.text(board, "name");
        return name == null || name.isBlank() ? "Board " + id : name;
    }
}
