package com.gluework.jira.sprint;

import com.atlassian.jira.user.ApplicationUser;
import com.gluework.core.report.Board;
import com.gluework.core.report.Sprint;

import java.util.List;
import java.util.Optional;

/**
 * Jira Software's boards and sprints in Glue Work's own types, as one viewer may see them, or nothing at all when
 * Jira Software is absent. {@code viewer} is {@code null} for an anonymous visitor; a board or sprint the viewer may
 * not see is answered as if it did not exist.
 */
public interface JiraSoftwareBoards {

    boolean isAvailable();

    /** Every board the viewer may see, by name; empty without Jira Software. */
    List<Board> findBoards(ApplicationUser viewer);

    Optional<Board> findBoard(ApplicationUser viewer, long boardId);

    /** The sprints of a board the viewer may see: closed, then active, then future, each by start date. */
    List<Sprint> findBoardSprints(ApplicationUser viewer, long boardId);

    Optional<Sprint> findSprint(ApplicationUser viewer, long sprintId);
}
