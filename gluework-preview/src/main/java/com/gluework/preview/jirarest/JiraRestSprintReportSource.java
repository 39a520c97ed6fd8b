package com.gluework.preview.jirarest;

import com.fasterxml.jackson.databind.JsonNode;
import com.gluework.core.port.SprintSource;
import com.gluework.core.report.Board;
import com.gluework.core.report.Sprint;
import com.gluework.core.report.SprintIssue;
import com.gluework.core.report.SprintState;
import com.gluework.core.report.StatusChange;
import com.gluework.core.report.WorkflowStatuses;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The sprint report's {@link SprintSource} over Jira's REST API, as the preview reads it:
 * <ul>
 *   <li>boards: through {@link JiraRestBoardSource}: on a live Jira every scrum board the token's user sees, on the demo
 *       snapshot the configured ones; by name, as every {@link SprintSource} lists them;</li>
 *   <li>sprints: {@code /rest/agile/1.0/board/{id}/sprint} (all pages, through {@link JiraRestSprintSource}), in
 *       {@link Sprint#BOARD_ORDER}; one sprint
 *       by {@code /rest/agile/1.0/sprint/{id}} and its board, else by searching the offered boards' sprints;</li>
 *   <li>a sprint's issues: {@code /rest/api/2/search?jql=sprint = N&expand=changelog}, kept only if the issue's sprint
 *       fields name the sprint (so a server, or a snapshot, that ignores the JQL still gives the right issues); status
 *       histories from the changelog;</li>
 *   <li>each issue's assignee (the report computes the team from the issues the viewer may browse);</li>
 *   <li>statuses: {@code /rest/api/2/status} with their status categories, else the categories of the statuses the
 *       issues are in, else Jira's default names.</li>
 * </ul>
 * No permission check here: the report service filters issues through the access policy. Boards and sprints are the
 * same for every viewer: the preview's demo board and its sprints are visible to all demo users (its access policy
 * hides issues, not boards), and against a live Jira the personal access token's user decides what Jira returns at all.
 */
public final class JiraRestSprintReportSource implements SprintSource {
    private static final int PAGE_SIZE = 100;

    private final JiraRest jira;
    private final JiraRestSprintSource sprints;
    private final JiraRestBoardSource boards;

    /** @param configuredBoards the boards to offer, by id, with the name to show when Jira does not say */
    public JiraRestSprintReportSource(JiraRest jira, Map<Long, String> configuredBoards) {
        this(jira, JiraRestBoardSource.configured(jira, configuredBoards));
    }

    public JiraRestSprintReportSource(JiraRest jira, JiraRestBoardSource boards) {
        this.jira = jira;
        this.sprints = new JiraRestSprintSource(jira);
        this.boards = boards;
    }

    @Override
    public boolean isAvailable() {
        return boards.isAvailable();
    }

    @Override
    public List<Board> findBoards(Optional<String> viewerKey) {
        return boards.findBoards().stream().sorted(Board.BY_NAME).toList();
    }

    @Override
    public Optional<Board> findBoard(Optional<String> viewerKey, long boardId) {
        return boards.findBoard(boardId);
    }

    @Override
    public List<Sprint> findBoardSprints(Optional<String> viewerKey, long boardId) {
        if (boards.findBoard(boardId).isEmpty()) {
            return List.of();
        }
        // Jira lists a board's sprints by their rank on the board, which a user may change; the port promises one order.
        return sprints.findBoardSprints(boardId).stream().map(s -> toSprint(s, boardId)).sorted(Sprint.BOARD_ORDER).toList();
    }

    @Override
    public Optional<Sprint> findSprint(Optional<String> viewerKey, long sprintId) {
        Optional<Long> origin = jira.get("/rest/agile/1.0/sprint/" + sprintId).map(JiraSprintFieldParser::fromObject)
                .map(JiraSprint::originBoardId);
        if (origin.isPresent() && boards.findBoard(origin.get()).isPresent()) {
            Optional<Sprint> onItsBoard = findOnBoard(viewerKey, origin.get(), sprintId);
            if (onItsBoard.isPresent()) {
                return onItsBoard;
            }
        }
        for (Board board : boards.findBoards()) {
            Optional<Sprint> found = findOnBoard(viewerKey, board.id(), sprintId);
            if (found.isPresent()) {
                return found;
            }
        }
        return Optional.empty();
    }

    private Optional<Sprint> findOnBoard(Optional<String> viewerKey, long boardId, long sprintId) {
        return findBoardSprints(viewerKey, boardId).stream().filter(s -> s.id() == sprintId).findFirst();
    }

    @Override
    public List<SprintIssue> findSprintIssues(long sprintId) {
        return sprintIssues(sprintId).stream()
                .map(i -> new SprintIssue(i.ref(), i.statusChanges().stream()
                        .filter(c -> c.at() != null && c.toText() != null)
                        .map(c -> new StatusChange(c.at().toInstant(), c.fromText(), c.toText(), c.authorKey()))
                        .toList(), i.assigneeKey()))
                .toList();
    }

    @Override
    public WorkflowStatuses workflowStatuses() {
        Map<String, String> categoryByStatus = new LinkedHashMap<>();
        jira.get("/rest/api/2/status").ifPresent(all -> all.forEach(status -> categoryByStatus.put(
                status.path("name").asText(), status.path("statusCategory").path("key").asText())));
        if (categoryByStatus.isEmpty()) {
            search("ORDER BY key ASC").forEach(i -> {
                if (!i.statusName().isEmpty() && !i.statusCategoryKey().isEmpty()) {
                    categoryByStatus.putIfAbsent(i.statusName(), i.statusCategoryKey());
                }
            });
        }
        if (categoryByStatus.isEmpty()) {
            return WorkflowStatuses.jiraDefaults();
        }
        // Statuses no issue is in right now ("In Review" at a quiet moment) still count as Jira's defaults name them.
        WorkflowStatuses defaults = WorkflowStatuses.jiraDefaults();
        WorkflowStatuses seen = WorkflowStatuses.fromStatusCategories(categoryByStatus);
        Set<String> inProgress = new LinkedHashSet<>(seen.inProgressStatuses());
        Set<String> done = new LinkedHashSet<>(seen.doneStatuses());
        defaults.inProgressStatuses().stream().filter(s -> !known(categoryByStatus, s)).forEach(inProgress::add);
        defaults.doneStatuses().stream().filter(s -> !known(categoryByStatus, s)).forEach(done::add);
        return new WorkflowStatuses(inProgress, done);
    }

    private List<JiraIssue> sprintIssues(long sprintId) {
        return search("sprint = " + sprintId + " ORDER BY key ASC").stream()
                .filter(i -> i.sprintIds().contains(sprintId))
                .toList();
    }

    private List<JiraIssue> search(String jql) {
        String encoded = JiraRestJson.encode(jql);
        List<JiraIssue> issues = new ArrayList<>();
        int startAt = 0;
        while (true) {
            Optional<JsonNode> page = jira.get("/rest/api/2/search?jql=" + encoded + "&expand=changelog&startAt=" + startAt
                    + "&maxResults=" + PAGE_SIZE);
            if (page.isEmpty()) {
                return issues;
            }
            JsonNode found = page.get().path("issues");
            found.forEach(i -> issues.add(JiraRestIssueSource.toIssue(i)));
            startAt += found.size();
            if (found.isEmpty() || startAt >= page.get().path("total").asInt(0)) {
                return issues;
            }
        }
    }

    private static boolean known(Map<String, String> categoryByStatus, String status) {
        return categoryByStatus.keySet().stream().anyMatch(s -> s.trim().equalsIgnoreCase(status));
    }

    private static Sprint toSprint(JiraSprint sprint, long boardId) {
        return new Sprint(sprint.id(), sprint.originBoardId() == null ? boardId : sprint.originBoardId(), sprint.name(),
                SprintState.fromJira(sprint.state()), instant(sprint.startDate()), instant(sprint.endDate()),
                instant(sprint.completeDate()));
    }

    private static Instant instant(OffsetDateTime at) {
        return at == null ? null : at.toInstant();
    }
}
