package com.gluework.core.testing;

import com.gluework.core.port.SprintSource;
import com.gluework.core.report.Board;
import com.gluework.core.report.Sprint;
import com.gluework.core.report.SprintState;
import org.junit.Test;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

/**
 * What every {@link SprintSource} answers alike about boards and sprints, as one viewer may see them: run against the
 * fake here and the Jira adapter (over doubles of Jira Software's two services) in gluework-jira. The host holds board
 * 1 "payments" with sprints 11 (closed) and 12 (active), and board 2 "Alpha" with sprint 21; {@link #VIEWER} may see
 * board 1 and board 3 "Secret" (sprint 31) is hidden from them.
 */
public abstract class SprintSourceContract {
    protected static final String VIEWER = "alice";
    protected static final Board PAYMENTS = new Board(1, "payments");
    protected static final Board ALPHA = new Board(2, "Alpha");
    protected static final Board SECRET = new Board(3, "Secret");
    protected static final Sprint S11 = sprint(11, 1, SprintState.CLOSED, "2026-03-02T09:00:00Z");
    protected static final Sprint S12 = sprint(12, 1, SprintState.ACTIVE, "2026-03-16T09:00:00Z");
    protected static final Sprint S21 = sprint(21, 2, SprintState.FUTURE, null);
    protected static final Sprint S31 = sprint(31, 3, SprintState.ACTIVE, "2026-03-16T09:00:00Z");

    /**
     * A source holding the boards and sprints above, listed in no particular order (sprints of a board newest first,
     * boards not by name), with {@link #SECRET} and {@link #S31} hidden from {@link #VIEWER}.
     */
    protected abstract SprintSource source();

    /** A host without Jira Software. */
    protected abstract SprintSource unavailableSource();

    @Test
    public void findBoards_shouldListTheBoardsTheViewerMaySeeByNameIgnoringCase() {
        assertTrue(source().isAvailable());
        assertEquals(List.of(ALPHA, PAYMENTS), source().findBoards(Optional.of(VIEWER)));
    }

    @Test
    public void findBoard_shouldFindAVisibleBoardAndNothingForAHiddenOrUnknownOne() {
        assertEquals(Optional.of(PAYMENTS), source().findBoard(Optional.of(VIEWER), 1));
        assertEquals(Optional.empty(), source().findBoard(Optional.of(VIEWER), 3));
        assertEquals(Optional.empty(), source().findBoard(Optional.of(VIEWER), 99));
    }

    @Test
    public void findBoardSprints_shouldListClosedThenActiveThenFuture() {
        assertEquals(List.of(S11, S12), source().findBoardSprints(Optional.of(VIEWER), 1));
        assertEquals(List.of(), source().findBoardSprints(Optional.of(VIEWER), 3));
    }

    @Test
    public void findSprint_shouldFindAVisibleSprintAndNothingForAHiddenOrUnknownOne() {
        assertEquals(Optional.of(S12), source().findSprint(Optional.of(VIEWER), 12));
        assertEquals(Optional.empty(), source().findSprint(Optional.of(VIEWER), 31));
        assertEquals(Optional.empty(), source().findSprint(Optional.of(VIEWER), 99));
    }

    @Test
    public void withoutJiraSoftware_shouldBeUnavailableWithNoBoardsOrSprints() {
        SprintSource source = unavailableSource();

        assertFalse(source.isAvailable());
        assertEquals(List.of(), source.findBoards(Optional.of(VIEWER)));
        assertEquals(Optional.empty(), source.findSprint(Optional.of(VIEWER), 12));
    }

    private static Sprint sprint(long id, long boardId, SprintState state, String start) {
        Instant startDate = start == null ? null : Instant.parse(start);
        Instant endDate = startDate == null ? null : startDate.plusSeconds(14 * 24 * 3600L);
        Instant completeDate = state == SprintState.CLOSED ? endDate : null;
        return new Sprint(id, boardId, "Sprint " + id, state, startDate, endDate, completeDate);
    }
}
