package com.gluework.core.report;

import com.gluework.core.model.Contribution;
import com.gluework.core.model.IssueRef;
import org.junit.Test;

import java.util.List;
import java.util.Set;
import java.util.function.Predicate;

import static com.gluework.core.report.ReportFixtures.SPRINT_END;
import static com.gluework.core.report.ReportFixtures.SPRINT_START;
import static com.gluework.core.report.ReportFixtures.UTC;
import static com.gluework.core.report.ReportFixtures.glue;
import static org.junit.Assert.assertEquals;

public class SprintGlueSelectorTest {
    private static final Set<String> TEAM = Set.of("alice", "frank");
    private static final Predicate<Contribution> SEES_ALL = c -> true;

    private static List<Long> ids(List<Contribution> contributions) {
        return contributions.stream().map(Contribution::id).toList();
    }

    private static List<Long> select(SprintData data, Predicate<Contribution> viewer) {
        return ids(SprintGlueSelector.select(data, TEAM, viewer, UTC));
    }

    private static SprintData activeSprintWith(Contribution... contributions) {
        return new SprintData(ReportFixtures.activeSprint(3),
                List.of(ReportFixtures.sprintIssue(1), ReportFixtures.sprintIssue(2)), List.of(contributions));
    }

    @Test
    public void select_shouldCountGlueOnSprintIssuesWhateverItsDate() {
        SprintData data = activeSprintWith(
                glue(1).on(1).dated(SPRINT_START.minusDays(20)).build(),  // refinement before the sprint
                glue(2).on(2).by("outsider").build(),                      // anyone's glue on a sprint issue
                glue(3).on(99).build());                                  // an issue not in the sprint

        assertEquals(List.of(1L, 2L), select(data, SEES_ALL));
    }

    @Test
    public void select_shouldCountTeamGlueWithoutIssueInsideTheWindowInclusive() {
        SprintData data = activeSprintWith(
                glue(1).onNoIssue().by("alice").dated(SPRINT_START.minusDays(1)).build(),
                glue(2).onNoIssue().by("alice").dated(SPRINT_START).build(),
                glue(3).onNoIssue().by("frank").dated(SPRINT_END).build(),
                glue(4).onNoIssue().by("frank").dated(SPRINT_END.plusDays(1)).build());

        assertEquals(List.of(2L, 3L), select(data, SEES_ALL));
    }

    @Test
    public void select_shouldIgnoreGlueWithoutIssueByPeopleOutsideTheTeam() {
        SprintData data = activeSprintWith(glue(1).onNoIssue().by("mallory").dated(SPRINT_START).build());

        assertEquals(List.of(), select(data, SEES_ALL));
    }

    @Test
    public void select_shouldNeverCountRetiredGlue() {
        SprintData data = activeSprintWith(
                glue(1).on(1).retired().build(),
                glue(2).onNoIssue().by("alice").retired().build());

        assertEquals(List.of(), select(data, SEES_ALL));
    }

    @Test
    public void select_shouldCountOnlyWhatTheViewerMaySee() {
        SprintData data = activeSprintWith(glue(1).on(1).build(), glue(2).on(2).build());
        Predicate<Contribution> cannotBrowseIssue2 = c -> c.issue() == null || c.issue().id() != 2;

        assertEquals(List.of(1L), select(data, cannotBrowseIssue2));
    }

    @Test
    public void select_shouldCountOnlyIssueGlueForASprintThatHasNotStarted() {
        SprintData data = new SprintData(new Sprint(4, 1, "Sprint 4", SprintState.FUTURE, null, null, null),
                List.of(ReportFixtures.sprintIssue(1)),
                List.of(glue(1).on(1).build(), glue(2).onNoIssue().by("alice").build()));

        assertEquals(List.of(1L), select(data, SEES_ALL));
    }

    @Test
    public void select_shouldMatchIssuesByIdSoAMovedIssueStillCounts() {
        // Same issue id, new key and project: the issue moved after the glue was recorded.
        Contribution moved = glue(1).onIssue(new IssueRef(1, "PAY-7", 20_000, "PAY", "")).build();

        assertEquals(List.of(1L), select(activeSprintWith(moved), SEES_ALL));
    }

    @Test
    public void select_shouldCountEachContributionOnceInDateThenIdOrder() {
        Contribution late = glue(5).on(1).dated(SPRINT_START.plusDays(5)).build();
        Contribution early = glue(9).on(2).dated(SPRINT_START).build();
        Contribution sameDayLowerId = glue(7).on(2).dated(SPRINT_START).build();

        assertEquals(List.of(7L, 9L, 5L), select(activeSprintWith(late, early, late, sameDayLowerId), SEES_ALL));
    }
}
