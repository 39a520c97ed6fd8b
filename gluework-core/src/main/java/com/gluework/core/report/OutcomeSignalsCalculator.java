package com.gluework.core.report;

import com.gluework.core.model.Contribution;
import com.gluework.core.model.ContributionState;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Re-opens and cycle time from issue status histories, for issues with a requirement clarification versus without.
 *
 * <ul>
 *   <li><b>Re-open</b>: a transition out of a done status into a status that is not done (Done → Reopened,
 *       Done → In Progress). Done → Closed is not a re-open. "Done" means Jira's {@code done} status category
 *       ({@link WorkflowStatuses}).</li>
 *   <li><b>Cycle time</b>: from the first transition into any in-progress-category status (so "In development" or
 *       "Blocked" also start the clock in workflows without a status called "In Progress") to the last transition
 *       into a done status. Measured only for issues whose latest status is done and whose done transition comes
 *       after the start; an issue still in flight or never started has no cycle time and is left out of the median
 *       (but still counted in the group's size).</li>
 *   <li>The whole history counts, not only the part inside the sprint: an issue's cycle is its cycle.</li>
 * </ul>
 */
public final class OutcomeSignalsCalculator {
    /** Below this many issues in either group the report says the samples are small. */
    public static final int MIN_SAMPLE_SIZE = 10;
    private static final BigDecimal MILLIS_PER_DAY = BigDecimal.valueOf(Duration.ofDays(1).toMillis());

    private OutcomeSignalsCalculator() {
    }

    /**
     * Issues that had a requirement clarification: those with a non-retired contribution of the clarification
     * category. Pass the counted glue so a clarification the viewer may not see does not shape their numbers.
     */
    public static Set<Long> clarifiedIssueIds(List<Contribution> contributions, String clarificationCategoryKey) {
        return contributions.stream()
                .filter(c -> c.state() != ContributionState.RETIRED)
                .filter(c -> c.issue() != null && c.categoryKey().equals(clarificationCategoryKey))
                .map(c -> c.issue().id())
                .collect(Collectors.toUnmodifiableSet());
    }

    public static OutcomeSignals signals(List<SprintIssue> issues, Set<Long> clarifiedIssueIds,
                                         WorkflowStatuses statuses) {
        List<SprintIssue> clarified = new ArrayList<>();
        List<SprintIssue> others = new ArrayList<>();
        for (SprintIssue issue : issues) {
            (clarifiedIssueIds.contains(issue.issue().id()) ? clarified : others).add(issue);
        }
        OutcomeSignals.Group clarifiedGroup = group(clarified, statuses);
        OutcomeSignals.Group otherGroup = group(others, statuses);
        boolean small = clarified.size() < MIN_SAMPLE_SIZE || others.size() < MIN_SAMPLE_SIZE;
        return new OutcomeSignals(clarifiedGroup, otherGroup, small, caveat(clarified.size(), others.size(), small));
    }

    public static int reopenCount(SprintIssue issue, WorkflowStatuses statuses) {
        int reopens = 0;
        for (StatusChange change : issue.statusChanges()) {
            if (statuses.isDone(change.fromStatus()) && !statuses.isDone(change.toStatus())) {
                reopens++;
            }
        }
        return reopens;
    }

    public static Optional<Duration> cycleTime(SprintIssue issue, WorkflowStatuses statuses) {
        if (issue.lastKnownStatus().filter(statuses::isDone).isEmpty()) {
            return Optional.empty();
        }
        Instant started = null;
        Instant finished = null;
        for (StatusChange change : issue.statusChanges()) {
            if (started == null && statuses.isInProgress(change.toStatus())) {
                started = change.at();
            }
            if (statuses.isDone(change.toStatus())) {
                finished = change.at();
            }
        }
        if (started == null || finished == null || finished.isBefore(started)) {
            return Optional.empty();
        }
        return Optional.of(Duration.between(started, finished));
    }

    /** The median in days, rounded half-up to one decimal; the mean of the middle two for an even count. */
    public static Optional<BigDecimal> medianDays(List<Duration> durations) {
        if (durations.isEmpty()) {
            return Optional.empty();
        }
        long[] millis = durations.stream().mapToLong(Duration::toMillis).sorted().toArray();
        int middle = millis.length / 2;
        BigDecimal medianMillis = millis.length % 2 == 1
                ? BigDecimal.valueOf(millis[middle])
                : BigDecimal.valueOf(millis[middle - 1]).add(BigDecimal.valueOf(millis[middle]))
                        .divide(BigDecimal.valueOf(2));
        return Optional.of(medianMillis.divide(MILLIS_PER_DAY, 1, RoundingMode.HALF_UP));
    }

    private static OutcomeSignals.Group group(List<SprintIssue> issues, WorkflowStatuses statuses) {
        int reopenedIssues = 0;
        int reopens = 0;
        List<Duration> cycleTimes = new ArrayList<>();
        for (SprintIssue issue : issues) {
            int issueReopens = reopenCount(issue, statuses);
            reopens += issueReopens;
            if (issueReopens > 0) {
                reopenedIssues++;
            }
            cycleTime(issue, statuses).ifPresent(cycleTimes::add);
        }
        return new OutcomeSignals.Group(issues.size(), reopenedIssues, reopens, cycleTimes.size(),
                medianDays(cycleTimes));
    }

    private static String caveat(int clarified, int others, boolean small) {
        if (clarified == 0 || others == 0) {
            return "Nothing to compare yet: " + issues(clarified, "clarified issue") + " and "
                    + issues(others, "other issue") + " in this sprint.";
        }
        if (small) {
            return "Small samples (" + issues(clarified, "clarified issue") + ", " + issues(others, "other issue")
                    + ") — no claim of significance.";
        }
        return "Observed differences only (" + issues(clarified, "clarified issue") + ", "
                + issues(others, "other issue") + ") — no claim of significance or cause.";
    }

    private static String issues(int count, String noun) {
        return count + " " + noun + (count == 1 ? "" : "s");
    }
}
