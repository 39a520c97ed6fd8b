package com.gluework.jira.sprint;

import com.gluework.core.report.Board;
import com.gluework.core.report.Sprint;

import java.util.List;
import java.util.Optional;

/** Jira Software's boards and sprints in Glue Work's own types, or nothing at all when Jira Software is absent. */
public interface JiraSoftwareBoards {

    boolean isAvailable();

    /** Every board, by name; empty without Jira Software. */
    List<Board> findBoards();

    Optional<Board> findBoard(long boardId);

    /** The sprints the board owns: closed, then active, then future, each by start date. */
    List<Sprint> findBoardSprints(long boardId);

    Optional<Sprint> findSprint(long sprintId);
}
