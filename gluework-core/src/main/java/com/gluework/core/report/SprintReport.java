package com.gluework.core.report;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The sprint glue-wins report for one viewer: every figure is computed over the glue that viewer may see.
 *
 * @param window        the days the sprint covers; empty for a sprint that has not started
 * @param wins          corroborated or impact-stating glue, in {@link GlueWinsCalculator} order
 * @param opportunities team members with no glue yet, in matrix row order
 * @param heroAlert     present when one person carried more than the threshold share
 * @param comparison    present when there is a previous sprint on the same board
 * @param perPersonHidden the project restricts per-person figures and this viewer may not see them: the report is
 *                        team-level only (see {@link com.gluework.core.privacy.TeamLevelReport})
 */
public record SprintReport(Sprint sprint, Optional<SprintWindow> window, Headline headline, List<GlueWin> wins,
                           GlueMatrix matrix, GlueDistribution distribution, List<Opportunity> opportunities,
                           Optional<HeroAlert> heroAlert, Optional<SprintComparison> comparison,
                           OutcomeSignals outcomes, boolean perPersonHidden) {
    public SprintReport {
        Objects.requireNonNull(sprint, "sprint");
        Objects.requireNonNull(window, "window");
        Objects.requireNonNull(headline, "headline");
        wins = List.copyOf(wins);
        Objects.requireNonNull(matrix, "matrix");
        Objects.requireNonNull(distribution, "distribution");
        opportunities = List.copyOf(opportunities);
        Objects.requireNonNull(heroAlert, "heroAlert");
        Objects.requireNonNull(comparison, "comparison");
        Objects.requireNonNull(outcomes, "outcomes");
    }

    /** A report with every per-person figure in it ({@code perPersonHidden} false), as the assembler builds it. */
    public SprintReport(Sprint sprint, Optional<SprintWindow> window, Headline headline, List<GlueWin> wins,
                        GlueMatrix matrix, GlueDistribution distribution, List<Opportunity> opportunities,
                        Optional<HeroAlert> heroAlert, Optional<SprintComparison> comparison, OutcomeSignals outcomes) {
        this(sprint, window, headline, wins, matrix, distribution, opportunities, heroAlert, comparison, outcomes, false);
    }

    /**
     * "42 contributions · 6 people · 31 corroborated · 12 with stated impact".
     *
     * @param peopleWithGlue people with at least one counted contribution
     * @param corroborated   contributions corroborated by at least one peer
     * @param withImpact     contributions that state an impact
     */
    public record Headline(int contributions, int peopleWithGlue, int corroborated, int withImpact) {
    }
}
