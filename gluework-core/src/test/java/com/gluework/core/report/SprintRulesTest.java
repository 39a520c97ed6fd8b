package com.gluework.core.report;

import org.junit.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import static org.junit.Assert.assertEquals;

public class SprintRulesTest {
    private final Sprint first = ReportFixtures.closedSprint(1, LocalDate.of(2026, 2, 2), LocalDate.of(2026, 2, 13));
    private final Sprint second = ReportFixtures.closedSprint(2, LocalDate.of(2026, 2, 16), LocalDate.of(2026, 2, 27));
    private final Sprint third = ReportFixtures.activeSprint(3);
    private final Sprint future = new Sprint(4, 1, "Sprint 4", SprintState.FUTURE, null, null, null);
    private final Sprint otherBoardClosed = new Sprint(9, 2, "Other board", SprintState.CLOSED,
            Instant.parse("2026-02-23T09:00:00Z"), Instant.parse("2026-02-27T09:00:00Z"),
            Instant.parse("2026-02-27T09:00:00Z"));

    @Test
    public void defaultSprint_shouldBeTheActiveSprint() {
        assertEquals(Optional.of(third), SprintRules.defaultSprint(List.of(future, first, third, second)));
    }

    @Test
    public void defaultSprint_shouldFallBackToTheLastClosedSprint() {
        assertEquals(Optional.of(second), SprintRules.defaultSprint(List.of(first, future, second)));
    }

    @Test
    public void defaultSprint_shouldBeEmptyWhenOnlyFutureSprintsExist() {
        assertEquals(Optional.empty(), SprintRules.defaultSprint(List.of(future)));
    }

    @Test
    public void previousSprint_shouldBeTheLatestClosedSprintOfTheSameBoardStartedBefore() {
        List<Sprint> sprints = List.of(third, otherBoardClosed, first, second, future);

        assertEquals(Optional.of(second), SprintRules.previousSprint(third, sprints));
        assertEquals(Optional.of(first), SprintRules.previousSprint(second, sprints));
        assertEquals(Optional.empty(), SprintRules.previousSprint(first, sprints));
    }

    @Test
    public void previousSprint_shouldBeEmptyForAFutureSprint() {
        assertEquals(Optional.empty(), SprintRules.previousSprint(future, List.of(first, second, third)));
    }
}
