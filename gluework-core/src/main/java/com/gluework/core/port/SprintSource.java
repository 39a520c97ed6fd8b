package com.gluework.core.port;

import com.gluework.core.report.Board;
import com.gluework.core.report.Sprint;
import com.gluework.core.report.SprintIssue;
import com.gluework.core.report.WorkflowStatuses;

import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The host's boards and sprints (Jira Software), looked up without permission checks: the sprint report filters
 * issues through the {@link AccessPolicy} itself, so totals are computed over what the viewer may see.
 */
public interface SprintSource {

    /** False when the host has no sprints at all (Jira Software not installed); the report then explains that. */
    boolean isAvailable();

    /** Every board, by name. */
    List<Board> findBoards();

    Optional<Board> findBoard(long boardId);

    /** A board's sprints in the board's order (closed, active, future). */
    List<Sprint> findBoardSprints(long boardId);

    Optional<Sprint> findSprint(long sprintId);

    /** The issues that were in the sprint (including ones carried over to a later sprint), with their status histories. */
    List<SprintIssue> findSprintIssues(long sprintId);

    /** User keys of the people who worked the sprint (assignees of its issues): the team the distribution is computed over. */
    Set<String> findSprintTeam(long sprintId);

    /** Which status names count as in progress and as done, from the host's status categories. */
    WorkflowStatuses workflowStatuses();

    /**
     * The source of a host without Jira Software (or before its adapter is wired): no boards, no sprints, and
     * {@link #isAvailable()} false, so the report explains what is missing instead of showing an empty page.
     */
    static SprintSource unavailable() {
        return new SprintSource() {
            @Override
            public boolean isAvailable() {
                return false;
            }

            @Override
            public List<Board> findBoards() {
                return List.of();
            }

            @Override
            public Optional<Board> findBoard(long boardId) {
                return Optional.empty();
            }

            @Override
            public List<Sprint> findBoardSprints(long boardId) {
                return List.of();
            }

            @Override
            public Optional<Sprint> findSprint(long sprintId) {
                return Optional.empty();
            }

            @Override
            public List<SprintIssue> findSprintIssues(long sprintId) {
                return List.of();
            }

            @Override
            public Set<String> findSprintTeam(long sprintId) {
                return Set.of();
            }

            @Override
            public WorkflowStatuses workflowStatuses() {
                return WorkflowStatuses.jiraDefaults();
            }
        };
    }
}
