package com.gluework.jira.sprint;

import com.atlassian.greenhopper.model.rapid.RapidView;
import com.atlassian.greenhopper.service.Page;
import com.atlassian.greenhopper.service.PageRequests;
import com.atlassian.greenhopper.service.ServiceOutcome;
import com.atlassian.greenhopper.service.rapid.view.RapidViewService;
import com.atlassian.greenhopper.service.sprint.Sprint;
import com.atlassian.greenhopper.service.sprint.SprintQuery;
import com.atlassian.greenhopper.service.sprint.SprintService;
import com.atlassian.jira.user.ApplicationUser;
import com.gluework.core.report.Board;
import com.gluework.core.report.SprintState;
import org.joda.time.DateTime;
import org.joda.time.DateTimeZone;
import org.junit.Test;

import java.time.Instant;
import java.util.List;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertTrue;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

public class GreenHopperBoardsTest {
    private final SprintService sprintService = mock(SprintService.class);
    private final RapidViewService rapidViewService = mock(RapidViewService.class);
    private final ApplicationUser viewer = mock(ApplicationUser.class);
    private final GreenHopperBoards boards = new GreenHopperBoards(sprintService, rapidViewService);

    @Test
    public void findSprint_shouldConvertJodaDatesStateAndBoard() {
        // given a closed sprint whose dates are in another zone
        Sprint sprint = sprint(7L, 3L, "Sprint 7", Sprint.State.CLOSED,
                new DateTime(2026, 3, 2, 9, 0, DateTimeZone.forID("Europe/Berlin")),
                new DateTime(2026, 3, 16, 9, 0, DateTimeZone.UTC), new DateTime(2026, 3, 13, 17, 0, DateTimeZone.UTC));
        ServiceOutcome<Sprint> found7 = outcome(true, sprint);
        when(sprintService.getSprint(viewer, 7L)).thenReturn(found7);

        // when
        com.gluework.core.report.Sprint found = boards.findSprint(viewer, 7L).orElseThrow();

        // then
        assertEquals(new com.gluework.core.report.Sprint(7, 3, "Sprint 7", SprintState.CLOSED,
                Instant.parse("2026-03-02T08:00:00Z"), Instant.parse("2026-03-16T09:00:00Z"),
                Instant.parse("2026-03-13T17:00:00Z")), found);
    }

    @Test
    public void findSprint_forAFutureSprintWithoutDatesOrBoard_shouldKeepThemEmpty() {
        ServiceOutcome<Sprint> next = outcome(true, sprint(8L, null, "Next", Sprint.State.FUTURE, null, null, null));
        when(sprintService.getSprint(viewer, 8L)).thenReturn(next);

        com.gluework.core.report.Sprint found = boards.findSprint(viewer, 8L).orElseThrow();

        assertEquals(0, found.boardId());
        assertNull(found.startDate());
        assertEquals(SprintState.FUTURE, found.state());
    }

    @Test
    public void findSprint_whenJiraSoftwareAnswersWithErrors_shouldFindNothing() {
        ServiceOutcome<Sprint> errors = outcome(false, null);
        when(sprintService.getSprint(viewer, 9L)).thenReturn(errors);

        assertTrue(boards.findSprint(viewer, 9L).isEmpty());
    }

    @Test
    public void findSprint_whichJiraSoftwareRefusesTheViewer_shouldFindNothing() {
        // given Jira Software's own rule (one visible issue, or a visible board) says no
        ServiceOutcome<Sprint> refused = outcome(false, null);
        when(sprintService.getSprint(viewer, 7L)).thenReturn(refused);

        // when / then
        assertTrue(boards.findSprint(viewer, 7L).isEmpty());
    }

    @Test
    public void findBoardSprints_shouldListClosedThenActiveThenFutureEachByStart() {
        // given the manager's own order is arbitrary
        Sprint future = sprint(5L, 1L, "S5", Sprint.State.FUTURE, null, null, null);
        Sprint active = sprint(4L, 1L, "S4", Sprint.State.ACTIVE, day(20), day(30), null);
        Sprint closedLate = sprint(3L, 1L, "S3", Sprint.State.CLOSED, day(10), day(20), day(20));
        Sprint closedEarly = sprint(2L, 1L, "S2", Sprint.State.CLOSED, day(1), day(10), day(10));
        RapidView team = board(1L, "Team");
        ServiceOutcome<RapidView> visible = outcome(true, team);
        when(rapidViewService.getRapidView(viewer, 1L)).thenReturn(visible);
        @SuppressWarnings("unchecked") Page<Sprint> page = mock(Page.class);
        when(page.getValues()).thenReturn(List.of(future, closedLate, active, closedEarly));
        ServiceOutcome<Page<Sprint>> owned = outcome(true, page);
        when(sprintService.getSprints(eq(viewer), eq(team), eq(PageRequests.all()), any(SprintQuery.class))).thenReturn(owned);

        // when / then
        assertEquals(List.of(2L, 3L, 4L, 5L), boards.findBoardSprints(viewer, 1L).stream().map(com.gluework.core.report.Sprint::id).toList());
    }

    @Test
    public void findBoardSprints_ofABoardTheViewerMayNotSee_shouldBeEmptyWithoutListingThem() {
        ServiceOutcome<RapidView> hidden = outcome(false, null);
        when(rapidViewService.getRapidView(viewer, 1L)).thenReturn(hidden);

        assertTrue(boards.findBoardSprints(viewer, 1L).isEmpty());
        verify(sprintService, never()).getSprints(any(), any(), any(), any());
    }

    @Test
    public void findBoards_shouldListTheBoardsTheViewerMaySeeByNameAndFindOneById() {
        // given two boards Jira Software lets the viewer see (a third, "Secret", it hides)
        RapidView team = board(2L, "team board");
        RapidView alpha = board(1L, "Alpha");
        ServiceOutcome<List<RapidView>> visibleToViewer = outcome(true, List.of(team, alpha));
        when(rapidViewService.getRapidViews(viewer)).thenReturn(visibleToViewer);
        ServiceOutcome<RapidView> teamVisible = outcome(true, team);
        ServiceOutcome<RapidView> secretHidden = outcome(false, null);
        ServiceOutcome<RapidView> missing = outcome(false, null);
        when(rapidViewService.getRapidView(viewer, 2L)).thenReturn(teamVisible);
        when(rapidViewService.getRapidView(viewer, 3L)).thenReturn(secretHidden);
        when(rapidViewService.getRapidView(viewer, 4L)).thenReturn(missing);

        // when / then
        assertEquals(List.of(new Board(1, "Alpha"), new Board(2, "team board")), boards.findBoards(viewer));
        assertEquals(new Board(2, "team board"), boards.findBoard(viewer, 2L).orElseThrow());
        assertTrue(boards.findBoard(viewer, 3L).isEmpty());
        assertTrue(boards.findBoard(viewer, 4L).isEmpty());
    }

    @Test
    public void findBoards_whenJiraSoftwareAnswersWithErrors_shouldListNone() {
        ServiceOutcome<List<RapidView>> errors = outcome(false, null);
        when(rapidViewService.getRapidViews(viewer)).thenReturn(errors);

        assertTrue(boards.findBoards(viewer).isEmpty());
    }

    private static DateTime day(int dayOfMonth) {
        return new DateTime(2026, 1, dayOfMonth, 9, 0, DateTimeZone.UTC);
    }

    private static Sprint sprint(Long id, Long boardId, String name, Sprint.State state, DateTime start, DateTime end, DateTime complete) {
        Sprint sprint = mock(Sprint.class);
        when(sprint.getId()).thenReturn(id);
        when(sprint.getRapidViewId()).thenReturn(boardId);
        when(sprint.getName()).thenReturn(name);
        when(sprint.getState()).thenReturn(state);
        when(sprint.getStartDate()).thenReturn(start);
        when(sprint.getEndDate()).thenReturn(end);
        when(sprint.getCompleteDate()).thenReturn(complete);
        return sprint;
    }

    private static RapidView board(Long id, String name) {
        RapidView view = mock(RapidView.class);
        when(view.getId()).thenReturn(id);
        when(view.getName()).thenReturn(name);
        return view;
    }

    @SuppressWarnings("unchecked")
    private static <T> ServiceOutcome<T> outcome(boolean valid, T value) {
        ServiceOutcome<T> outcome = mock(ServiceOutcome.class);
        when(outcome.isValid()).thenReturn(valid);
        when(outcome.get()).thenReturn(value);
        return outcome;
    }
}
