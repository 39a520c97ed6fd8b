package com.gluework.core.report;

import java.math.BigDecimal;
import java.util.Objects;
import java.util.Optional;

/**
 * What Jira's issue histories say about issues that had a requirement clarification against those that did not.
 * Descriptive only: the caveat always says no significance is claimed, and says so loudly for small samples.
 *
 * @param smallSamples true when either group has fewer than {@link OutcomeSignalsCalculator#MIN_SAMPLE_SIZE} issues
 * @param caveat       plain words to show next to the numbers, e.g. "Small samples (6 clarified issues, 14 others)
 *                     — no claim of significance."
 */
public record OutcomeSignals(Group clarified, Group others, boolean smallSamples, String caveat) {
    public OutcomeSignals {
        Objects.requireNonNull(clarified, "clarified");
        Objects.requireNonNull(others, "others");
        Objects.requireNonNull(caveat, "caveat");
    }

    /**
     * @param issueCount           issues in the group (the sample size)
     * @param reopenedIssueCount   issues re-opened at least once
     * @param reopenCount          re-open transitions in total
     * @param cycleTimeSampleSize  issues with a measurable cycle time (started and now done)
     * @param medianCycleTimeDays  median cycle time in days, one decimal; empty when no issue has one
     */
    public record Group(int issueCount, int reopenedIssueCount, int reopenCount, int cycleTimeSampleSize,
                        Optional<BigDecimal> medianCycleTimeDays) {
        public Group {
            Objects.requireNonNull(medianCycleTimeDays, "medianCycleTimeDays");
        }
    }
}
