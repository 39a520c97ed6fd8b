package com.gluework.core.report;

import org.junit.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Optional;

import static com.gluework.core.report.ReportFixtures.UTC;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertThrows;
import static org.junit.Assert.assertTrue;

public class SprintTest {
    private static final Instant START = Instant.parse("2026-03-02T09:00:00Z");
    private static final Instant END = Instant.parse("2026-03-13T17:00:00Z");

    @Test
    public void window_shouldRunFromStartDayToPlannedEndWhileNotCompleted() {
        Sprint sprint = new Sprint(3, 1, "Sprint 3", SprintState.ACTIVE, START, END, null);

        assertEquals(Optional.of(new SprintWindow(LocalDate.of(2026, 3, 2), LocalDate.of(2026, 3, 13))),
                sprint.window(UTC));
    }

    @Test
    public void window_shouldEndOnTheCompletionDayWhenClosedLate() {
        Sprint sprint = new Sprint(2, 1, "Sprint 2", SprintState.CLOSED, START, END,
                Instant.parse("2026-03-16T10:00:00Z"));

        assertEquals(LocalDate.of(2026, 3, 16), sprint.window(UTC).orElseThrow().lastDay());
    }

    @Test
    public void window_shouldEndOnTheCompletionDayWhenClosedEarly() {
        Sprint sprint = new Sprint(2, 1, "Sprint 2", SprintState.CLOSED, START, END,
                Instant.parse("2026-03-10T10:00:00Z"));

        assertEquals(LocalDate.of(2026, 3, 10), sprint.window(UTC).orElseThrow().lastDay());
    }

    @Test
    public void window_shouldBeEmptyForAFutureSprint() {
        assertEquals(Optional.empty(), new Sprint(4, 1, "Sprint 4", SprintState.FUTURE, null, null, null).window(UTC));
    }

    @Test
    public void window_shouldUseTheTeamsTimeZoneForDays() {
        // 09:00 UTC on 2 March is still 1 March in Los Angeles; 17:00 UTC on 13 March is the 13th there too.
        Sprint sprint = new Sprint(3, 1, "Sprint 3", SprintState.ACTIVE, Instant.parse("2026-03-02T07:00:00Z"), END, null);

        SprintWindow window = sprint.window(ZoneId.of("America/Los_Angeles")).orElseThrow();

        assertEquals(LocalDate.of(2026, 3, 1), window.firstDay());
        assertEquals(LocalDate.of(2026, 3, 13), window.lastDay());
    }

    @Test
    public void contains_shouldIncludeBothEnds() {
        SprintWindow window = new SprintWindow(LocalDate.of(2026, 3, 2), LocalDate.of(2026, 3, 13));

        assertTrue(window.contains(LocalDate.of(2026, 3, 2)));
        assertTrue(window.contains(LocalDate.of(2026, 3, 13)));
        assertFalse(window.contains(LocalDate.of(2026, 3, 1)));
        assertFalse(window.contains(LocalDate.of(2026, 3, 14)));
    }

    @Test
    public void sprintWindow_shouldRejectAnEndBeforeTheStart() {
        assertThrows(IllegalArgumentException.class,
                () -> new SprintWindow(LocalDate.of(2026, 3, 2), LocalDate.of(2026, 3, 1)));
    }

    @Test
    public void fromJira_shouldReadTheAgileApiStatesAndRejectOthers() {
        assertEquals(SprintState.FUTURE, SprintState.fromJira("future"));
        assertEquals(SprintState.ACTIVE, SprintState.fromJira("ACTIVE"));
        assertEquals(SprintState.CLOSED, SprintState.fromJira(" closed "));
        assertThrows(IllegalArgumentException.class, () -> SprintState.fromJira("done"));
        assertThrows(IllegalArgumentException.class, () -> SprintState.fromJira(null));
    }

    @Test
    public void sprintIssue_shouldKeepStatusChangesInTimeOrder() {
        StatusChange later = new StatusChange(END, "In Progress", "Done", "bob");
        StatusChange earlier = new StatusChange(START, "To Do", "In Progress", null);

        SprintIssue issue = new SprintIssue(ReportFixtures.issue(1), java.util.List.of(later, earlier));

        assertEquals(java.util.List.of(earlier, later), issue.statusChanges());
        assertEquals(Optional.of("Done"), issue.lastKnownStatus());
        assertEquals(Optional.empty(), earlier.author());
    }
}
