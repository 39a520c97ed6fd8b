package com.gluework.core.testing;

import com.gluework.core.port.SprintSource;
import com.gluework.core.report.Board;
import com.gluework.core.report.Sprint;
import com.gluework.core.report.SprintIssue;
import com.gluework.core.report.WorkflowStatuses;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** Boards, sprints, their issues and teams held in memory, for tests of the sprint report. Jira's default statuses. */
public final class InMemorySprintSource implements SprintSource {
    private final Map<Long, Board> boards = new LinkedHashMap<>();
    private final Map<Long, Sprint> sprints = new LinkedHashMap<>();
    private final Map<Long, List<SprintIssue>> issuesBySprint = new LinkedHashMap<>();
    private final Map<Long, Set<String>> teamBySprint = new LinkedHashMap<>();
    private boolean available = true;

    public InMemorySprintSource withBoard(long id, String name) {
        boards.put(id, new Board(id, name));
        return this;
    }

    /** Adds the sprint to its board (in the order added) with its issues and team (the assignees). */
    public InMemorySprintSource withSprint(Sprint sprint, List<SprintIssue> issues, Set<String> team) {
        sprints.put(sprint.id(), sprint);
        issuesBySprint.put(sprint.id(), List.copyOf(issues));
        teamBySprint.put(sprint.id(), new LinkedHashSet<>(team));
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
    public List<Board> findBoards() {
        return List.copyOf(boards.values());
    }

    @Override
    public Optional<Board> findBoard(long boardId) {
        return Optional.ofNullable(boards.get(boardId));
    }

    @Override
    public List<Sprint> findBoardSprints(long boardId) {
        List<Sprint> found = new ArrayList<>();
        sprints.values().stream().filter(s -> s.boardId() == boardId).forEach(found::add);
        return found;
    }

    @Override
    public Optional<Sprint> findSprint(long sprintId) {
        return Optional.ofNullable(sprints.get(sprintId));
    }

    @Override
    public List<SprintIssue> findSprintIssues(long sprintId) {
        return issuesBySprint.getOrDefault(sprintId, List.of());
    }

    @Override
    public Set<String> findSprintTeam(long sprintId) {
        return Set.copyOf(teamBySprint.getOrDefault(sprintId, Set.of()));
    }

    @Override
    public WorkflowStatuses workflowStatuses() {
        return WorkflowStatuses.jiraDefaults();
    }
}
