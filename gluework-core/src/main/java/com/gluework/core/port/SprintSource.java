package com.gluework.core.port;

import com.gluework.core.report.Board;
import com.gluework.core.report.Sprint;
import com.gluework.core.report.SprintIssue;
import com.gluework.core.report.WorkflowStatuses;

import java.util.List;
import java.util.Optional;

/**
 * The host's boards and sprints (Jira Software).
 *
 * <p>Boards and sprints are looked up AS THE VIEWER ({@code viewerKey}, a user key; empty for anonymous): a board or
 * sprint the viewer may not see is answered as if it did not exist, so the report can tell neither apart. A sprint's
 * issues are looked up without permission checks: the report filters them through the {@link AccessPolicy} itself,
 * so totals, and the team (the assignees of the issues left), are computed over what the viewer may browse.
 */
public interface SprintSource {

    /** False when the host has no sprints at all (Jira Software not installed); the report then explains that. */
    boolean isAvailable();

    /** Every board the viewer may see, by name. */
    List<Board> findBoards(Optional<String> viewerKey);

    /** Empty when there is no such board or the viewer may not see it. */
    Optional<Board> findBoard(Optional<String> viewerKey, long boardId);

    /**
     * The sprints of a board the viewer may see, in the board's order (closed, active, future); empty when there is no
     * such board or the viewer may not see it.
     */
    List<Sprint> findBoardSprints(Optional<String> viewerKey, long boardId);

    /** Empty when there is no such sprint or the viewer may not see it. */
    Optional<Sprint> findSprint(Optional<String> viewerKey, long sprintId);

    /**
     * The issues that were in the sprint (including ones carried over to a later sprint), with their status histories
     * and assignees, whoever may browse them: the caller filters them.
     */
    List<SprintIssue> findSprintIssues(long sprintId);

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
            public List<Board> findBoards(Optional<String> viewerKey) {
                return List.of();
            }

            @Override
            public Optional<Board> findBoard(Optional<String> viewerKey, long boardId) {
                return Optional.empty();
            }

            @Override
            public List<Sprint> findBoardSprints(Optional<String> viewerKey, long boardId) {
                return List.of();
            }

            @Override
            public Optional<Sprint> findSprint(Optional<String> viewerKey, long sprintId) {
                return Optional.empty();
            }

            @Override
            public List<SprintIssue> findSprintIssues(long sprintId) {
                return List.of();
            }

            @Override
            public WorkflowStatuses workflowStatuses() {
                return WorkflowStatuses.jiraDefaults();
            }
        };
    }
}
