package com.gluework.web.rest.dto;

import java.math.BigDecimal;
import java.util.List;

/**
 * The sprint glue-wins report as JSON ({@code GET /sprints/{sprintId}/report}). Every figure is computed over the glue
 * the caller may see. What may be absent is {@code null}: the window of a sprint that has not started, the hero alert
 * when nobody exceeds the threshold, the comparison for a board's first sprint, a median with no measurable issue.
 * Shares and the Gini coefficient are numbers in [0, 1].
 *
 * @param firstDay first day of the sprint window (ISO date, team time zone); {@code null} for a future sprint
 * @param lastDay  last day of the window, inclusive
 */
public record SprintReportDto(SprintDto sprint, String firstDay, String lastDay, Headline headline, List<Win> wins,
                              Matrix matrix, Distribution distribution, List<OpportunityItem> opportunities,
                              HeroAlert heroAlert, Comparison comparison, Outcomes outcomes,
                              boolean perPersonHidden) {

    public record Headline(int contributions, int peopleWithGlue, int corroborated, int withImpact) {
    }

    /** @param issueKey {@code null} for team glue not tied to an issue */
    public record Win(long contributionId, PersonDto contributor, CategoryRefDto category, String issueKey,
                      String occurredOn, String summary, String impact, List<String> evidenceLinks,
                      List<PersonDto> corroborators, boolean peerObservation) {
    }

    /** @param columns categories in column order; each row's {@code counts} follow it */
    public record Matrix(List<CategoryRefDto> columns, List<MatrixRow> rows, List<Integer> columnTotals, int total) {
    }

    public record MatrixRow(PersonDto person, List<Integer> counts, int total) {
    }

    /** @param topContributor {@code null} when the sprint has no glue */
    public record Distribution(List<PersonShare> people, int total, PersonDto topContributor, double topShare,
                               double gini, List<SingleOwner> singleOwnerCategories) {
    }

    public record PersonShare(PersonDto person, int count, double share) {
    }

    public record SingleOwner(CategoryRefDto category, PersonDto owner, int count) {
    }

    /** @param suggestedCategory {@code null} when the sprint has no glue at all; then so is {@code pairWith} */
    public record OpportunityItem(PersonDto person, CategoryRefDto suggestedCategory, PersonDto pairWith,
                                  String message) {
    }

    /** @param message the plain-English alert with its suggestion, as the core phrases it */
    public record HeroAlert(PersonDto hero, int heroCount, int total, double share, double threshold,
                            List<CategoryRefDto> dominantCategories, List<Suggestion> suggestions, String message) {
    }

    /** @param kind {@code ROTATE} (hand the category to these people) or {@code PAIR_WITH_HERO} */
    public record Suggestion(String kind, CategoryRefDto category, List<PersonDto> people) {
    }

    /** Every delta is this sprint minus the previous one. */
    public record Comparison(SprintDto previousSprint, List<CategoryDelta> categories, int previousTotal,
                             int currentTotal, int totalDelta, double previousGini, double currentGini,
                             double giniDelta, double previousTopShare, double currentTopShare, double topShareDelta) {
    }

    public record CategoryDelta(CategoryRefDto category, int previous, int current, int delta) {
    }

    /** @param caveat always present: descriptive numbers only, and a loud warning when samples are small */
    public record Outcomes(OutcomeGroup clarified, OutcomeGroup others, boolean smallSamples, String caveat) {
    }

    /** @param medianCycleTimeDays one decimal; {@code null} when no issue in the group has a cycle time */
    public record OutcomeGroup(int issueCount, int reopenedIssueCount, int reopenCount, int cycleTimeSampleSize,
                               BigDecimal medianCycleTimeDays) {
    }
}
