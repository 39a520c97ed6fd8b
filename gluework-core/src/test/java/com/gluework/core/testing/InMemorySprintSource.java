package com.gluework.core.testing;

import com.gluework.core.port.SprintSource;
import com.gluework.core.report.Board;
import com.gluework.core.report.Sprint;
import com.gluework.core.report.SprintIssue;
import com.gluework.core.report.WorkflowStatuses;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Boards, sprints and their issues held in memory, for tests of the sprint report. Jira's default statuses. A board
 * can be hidden from a viewer, and then so are its sprints, as Jira Software answers for a board the viewer may not
 * see. The team is not stored: the report computes it from the issues' assignees.
 */
public final class InMemorySprintSource implements SprintSource {
    /** Jira Software's board order: closed, then active, then future sprints, each by start date. */
    private final Map<Long, Board> boards = new LinkedHashMap<>();
    private final Map<Long, Sprint> sprints = new LinkedHashMap<>();
    private final Map<Long, List<SprintIssue>> issuesBySprint = new LinkedHashMap<>();
    private final Set<String> hiddenBoards = new HashSet<>();
    private boolean available = true;

    public InMemorySprintSource withBoard(long id, String name) {
        boards.put(id, new Board(id, name));
        return this;
    }

    /** Adds the sprint to its board with its issues; the board lists its sprints in Jira Software's order. */
    public InMemorySprintSource withSprint(Sprint sprint, List<SprintIssue> issues) {
        sprints.put(sprint.id(), sprint);
        issuesBySprint.put(sprint.id(), List.copyOf(issues));
        return this;
    }

    /** The viewer may not see the board, nor any of its sprints. */
    public InMemorySprintSource hidingBoardFrom(String viewerKey, long boardId) {
        hiddenBoards.add(viewerKey + "\n" + boardId);
        return this;
    }

    /** As on a Jira without Jira Software. */
    public InMemorySprintSource unavailable() {
        available = false;
        return this;
    }

    @Override
    public boolean isAvailable() {
        return available;
    }

    @Override
    public List<Board> findBoards(Optional<String> viewerKey) {
        if (!available) {
            return List.of();
        }
        return boards.values().stream().filter(b -> visible(viewerKey, b.id()))
                .sorted(Board.BY_NAME).toList();
    }

    @Override
    public Optional<Board> findBoard(Optional<String> viewerKey, long boardId) {
        return Optional.ofNullable(available ? boards.get(boardId) : null).filter(b -> visible(viewerKey, boardId));
    }

    @Override
    public List<Sprint> findBoardSprints(Optional<String> viewerKey, long boardId) {
        List<Sprint> found = new ArrayList<>();
        sprints.values().stream().filter(s -> available && s.boardId() == boardId && visible(viewerKey, boardId))
                .sorted(Sprint.BOARD_ORDER).forEach(found::add);
        return found;
    }

    @Override
    public Optional<Sprint> findSprint(Optional<String> viewerKey, long sprintId) {
        return Optional.ofNullable(available ? sprints.get(sprintId) : null).filter(s -> visible(viewerKey, s.boardId()));
    }

    @Override
    public List<SprintIssue> findSprintIssues(long sprintId) {
        return issuesBySprint.getOrDefault(sprintId, List.of());
    }

    @Override
    public WorkflowStatuses workflowStatuses() {
        return WorkflowStatuses.jiraDefaults();
    }

    private boolean visible(Optional<String> viewerKey, long boardId) {
        return viewerKey.map(v -> !hiddenBoards.contains(v + "\n" + boardId)).orElse(true);
    }
}
