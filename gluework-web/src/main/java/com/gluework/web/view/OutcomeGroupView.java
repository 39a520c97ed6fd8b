package com.gluework.web.view;

/** Re-opens and cycle time of one group of issues, with its sample sizes. */
public final class OutcomeGroupView {
    private final int issueCount;
    private final int reopenedIssueCount;
    private final int cycleTimeSampleSize;
    private final String medianCycleTimeDays;

    OutcomeGroupView(int issueCount, int reopenedIssueCount, int cycleTimeSampleSize, String medianCycleTimeDays) {
        this.issueCount = issueCount;
        this.reopenedIssueCount = reopenedIssueCount;
        this.cycleTimeSampleSize = cycleTimeSampleSize;
        this.medianCycleTimeDays = medianCycleTimeDays;
    }

    public int getIssueCount() {
        return issueCount;
    }

    public int getReopenedIssueCount() {
        return reopenedIssueCount;
    }

    public int getCycleTimeSampleSize() {
        return cycleTimeSampleSize;
    }

    /** e.g. {@code 3.1}; empty when no issue of the group has a cycle time. */
    public String getMedianCycleTimeDays() {
        return medianCycleTimeDays;
    }

    public boolean isHasMedian() {
        return !medianCycleTimeDays.isEmpty();
    }
}
