package com.gluework.core.report;

import com.gluework.core.model.Contribution;
import org.junit.Test;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import static com.gluework.core.report.ReportFixtures.change;
import static com.gluework.core.report.ReportFixtures.glue;
import static com.gluework.core.report.ReportFixtures.sprintIssue;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

public class OutcomeSignalsCalculatorTest {
    private static final WorkflowStatuses STATUSES = WorkflowStatuses.fromStatusCategories(Map.of(
            "To Do", "new", "In Progress", "indeterminate", "In development", "indeterminate",
            "In Review", "indeterminate", "Reopened", "new", "Done", "done", "Closed", "done"));

    /** An issue that starts on day {@code start} and is done on day {@code done}. */
    private static SprintIssue flowing(long id, int start, int done) {
        return sprintIssue(id, change(start, "To Do", "In Progress"), change(done, "In Progress", "Done"));
    }

    private static Optional<BigDecimal> days(String value) {
        return Optional.of(new BigDecimal(value));
    }

    @Test
    public void reopenCount_shouldCountTransitionsFromDoneBackToNotDone() {
        SprintIssue issue = sprintIssue(1,
                change(1, "To Do", "In Progress"), change(2, "In Progress", "Done"),
                change(3, "Done", "Reopened"), change(4, "Reopened", "Done"),
                change(5, "Done", "In Progress"), change(6, "In Progress", "Done"),
                change(7, "Done", "Closed"));

        assertEquals(2, OutcomeSignalsCalculator.reopenCount(issue, STATUSES));
    }

    @Test
    public void reopenCount_shouldMatchStatusNamesIgnoringCase() {
        SprintIssue issue = sprintIssue(1, change(1, "DONE", "reopened"));

        assertEquals(1, OutcomeSignalsCalculator.reopenCount(issue, STATUSES));
    }

    @Test
    public void cycleTime_shouldRunFromFirstInProgressToLastDone() {
        SprintIssue issue = sprintIssue(1,
                change(1, "To Do", "In development"), change(2, "In development", "In Review"),
                change(4, "In Review", "Done"), change(5, "Done", "Reopened"),
                change(6, "Reopened", "In Progress"), change(8, "In Progress", "Done"));

        assertEquals(Optional.of(Duration.ofDays(7)), OutcomeSignalsCalculator.cycleTime(issue, STATUSES));
    }

    @Test
    public void cycleTime_shouldBeEmptyForAnIssueThatIsNotDoneNow() {
        SprintIssue reopened = sprintIssue(1, change(1, "To Do", "In Progress"), change(2, "In Progress", "Done"),
                change(3, "Done", "Reopened"));
        SprintIssue inFlight = sprintIssue(2, change(1, "To Do", "In Progress"));

        assertEquals(Optional.empty(), OutcomeSignalsCalculator.cycleTime(reopened, STATUSES));
        assertEquals(Optional.empty(), OutcomeSignalsCalculator.cycleTime(inFlight, STATUSES));
    }

    @Test
    public void cycleTime_shouldBeEmptyForAnIssueThatNeverStartedOrNeverChanged() {
        SprintIssue straightToDone = sprintIssue(1, change(1, "To Do", "Done"));

        assertEquals(Optional.empty(), OutcomeSignalsCalculator.cycleTime(straightToDone, STATUSES));
        assertEquals(Optional.empty(), OutcomeSignalsCalculator.cycleTime(sprintIssue(2), STATUSES));
    }

    @Test
    public void medianDays_shouldTakeTheMiddleOrTheMeanOfTheTwoMiddlesRoundedToOneDecimal() {
        assertEquals(Optional.empty(), OutcomeSignalsCalculator.medianDays(List.of()));
        assertEquals(days("3.0"), OutcomeSignalsCalculator.medianDays(
                List.of(Duration.ofDays(5), Duration.ofDays(1), Duration.ofDays(3))));
        assertEquals(days("2.5"), OutcomeSignalsCalculator.medianDays(
                List.of(Duration.ofDays(1), Duration.ofDays(2), Duration.ofDays(3), Duration.ofDays(9))));
        // 3.05 days rounds half up to 3.1; 3.04 days to 3.0.
        assertEquals(days("3.1"), OutcomeSignalsCalculator.medianDays(List.of(Duration.ofMinutes(3 * 1440 + 72))));
        assertEquals(days("3.0"), OutcomeSignalsCalculator.medianDays(List.of(Duration.ofMinutes(3 * 1440 + 57))));
    }

    @Test
    public void clarifiedIssueIds_shouldUseLiveClarificationGlueOnIssuesOnly() {
        List<Contribution> glue = List.of(
                glue(1).in("clarification").on(1).build(),
                glue(2).in("clarification").on(2).retired().build(),
                glue(3).in("review").on(3).build(),
                glue(4).in("clarification").onNoIssue().build());

        assertEquals(Set.of(1L), OutcomeSignalsCalculator.clarifiedIssueIds(glue, "clarification"));
    }

    @Test
    public void signals_shouldCompareClarifiedIssuesWithTheOthers() {
        List<SprintIssue> issues = List.of(
                flowing(1, 0, 2), flowing(2, 0, 4),
                flowing(3, 0, 3), flowing(4, 0, 5), flowing(5, 0, 9),
                sprintIssue(6, change(0, "To Do", "In Progress"), change(1, "In Progress", "Done"),
                        change(2, "Done", "Reopened"), change(3, "Reopened", "Done"), change(4, "Done", "Reopened")));

        OutcomeSignals signals = OutcomeSignalsCalculator.signals(issues, Set.of(1L, 2L), STATUSES);

        assertEquals(new OutcomeSignals.Group(2, 0, 0, 2, days("3.0")), signals.clarified());
        assertEquals(new OutcomeSignals.Group(4, 1, 2, 3, days("5.0")), signals.others());
        assertTrue(signals.smallSamples());
        assertEquals("Small samples (2 clarified issues, 4 other issues) — no claim of significance.",
                signals.caveat());
    }

    @Test
    public void signals_shouldStillDisclaimSignificanceForLargeSamples() {
        List<SprintIssue> issues = new ArrayList<>();
        for (int id = 1; id <= 20; id++) {
            issues.add(flowing(id, 0, id));
        }
        Set<Long> clarified = Set.of(1L, 2L, 3L, 4L, 5L, 6L, 7L, 8L, 9L, 10L);

        OutcomeSignals signals = OutcomeSignalsCalculator.signals(issues, clarified, STATUSES);

        assertFalse(signals.smallSamples());
        assertEquals(days("5.5"), signals.clarified().medianCycleTimeDays());
        assertEquals(days("15.5"), signals.others().medianCycleTimeDays());
        assertEquals("Observed differences only (10 clarified issues, 10 other issues) — no claim of significance "
                + "or cause.", signals.caveat());
    }

    @Test
    public void signals_shouldFlagSmallSamplesJustBelowTen() {
        List<SprintIssue> issues = new ArrayList<>();
        for (int id = 1; id <= 19; id++) {
            issues.add(flowing(id, 0, 1));
        }

        OutcomeSignals signals = OutcomeSignalsCalculator.signals(issues, Set.of(1L, 2L, 3L, 4L, 5L, 6L, 7L, 8L, 9L, 10L),
                STATUSES);

        assertTrue(signals.smallSamples());
    }

    @Test
    public void signals_shouldSayThereIsNothingToCompareForAnEmptySprint() {
        OutcomeSignals signals = OutcomeSignalsCalculator.signals(List.of(), Set.of(), STATUSES);

        assertEquals(new OutcomeSignals.Group(0, 0, 0, 0, Optional.empty()), signals.clarified());
        assertEquals(signals.clarified(), signals.others());
        assertTrue(signals.smallSamples());
        assertEquals("Nothing to compare yet: 0 clarified issues and 0 other issues in this sprint.", signals.caveat());
    }

    @Test
    public void signals_shouldNeverClaimSignificance() {
        for (int clarified = 0; clarified <= 12; clarified += 3) {
            List<SprintIssue> issues = new ArrayList<>();
            for (int id = 1; id <= 24; id++) {
                issues.add(flowing(id, 0, 1 + id % 4));
            }
            Set<Long> ids = new java.util.HashSet<>();
            for (long id = 1; id <= clarified; id++) {
                ids.add(id);
            }

            String caveat = OutcomeSignalsCalculator.signals(issues, ids, STATUSES).caveat();

            assertFalse(caveat, caveat.matches("(?i).*\\bsignificant(ly)?\\b.*"));
        }
    }

    @Test
    public void workflowStatuses_jiraDefaultsShouldKnowTheStockWorkflow() {
        WorkflowStatuses defaults = WorkflowStatuses.jiraDefaults();

        assertTrue(defaults.isInProgress("In Progress"));
        assertTrue(defaults.isDone(" resolved "));
        assertFalse(defaults.isDone("Reopened"));
        assertFalse(defaults.isDone(null));
    }
}
