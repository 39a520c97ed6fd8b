package com.gluework.core.report;

import com.gluework.core.model.Category;
import com.gluework.core.model.Contribution;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;

/** Composes the sprint glue-wins report from what the host fetched. Pure: same inputs, same report. */
public final class SprintReportAssembler {
    private SprintReportAssembler() {
    }

    /**
     * @param viewerMaySee whether the viewer may see a contribution (for glue on an issue: may browse that issue);
     *                     applied before anything is counted, so every total is over what the viewer may see
     */
    public static SprintReport assemble(SprintReportInput input, Predicate<Contribution> viewerMaySee) {
        ReportSettings settings = input.settings();
        ReportPeople people = new ReportPeople(input.team(), input.otherPeople());
        Map<String, Category> categoriesByKey = new LinkedHashMap<>();
        input.categories().forEach(c -> categoriesByKey.putIfAbsent(c.key(), c));

        SprintData current = input.current();
        List<Contribution> counted = SprintGlueSelector.select(current, people.teamKeys(), viewerMaySee,
                settings.zone());
        GlueMatrix matrix = matrix(counted, people, input.categories());
        GlueDistribution distribution = GlueDistributionCalculator.distribution(matrix);

        Optional<SprintComparison> comparison = input.previous().map(previous -> {
            List<Contribution> previousCounted = SprintGlueSelector.select(previous, people.teamKeys(), viewerMaySee,
                    settings.zone());
            GlueMatrix previousMatrix = matrix(previousCounted, people, input.categories());
            return SprintComparisonCalculator.compare(previous.sprint(), previousMatrix,
                    GlueDistributionCalculator.distribution(previousMatrix), matrix, distribution);
        });

        Set<Long> clarified = OutcomeSignalsCalculator.clarifiedIssueIds(counted, settings.clarificationCategoryKey());
        return new SprintReport(
                current.sprint(),
                current.sprint().window(settings.zone()),
                headline(counted, matrix),
                GlueWinsCalculator.wins(counted, people::byKey, categoriesByKey),
                matrix,
                distribution,
                HeroAlertRules.opportunities(matrix, people.teamKeys()),
                HeroAlertRules.heroAlert(matrix, distribution, settings.heroThresholdShare()),
                comparison,
                OutcomeSignalsCalculator.signals(current.issues(), clarified, settings.statuses()));
    }

    private static GlueMatrix matrix(List<Contribution> counted, ReportPeople people, List<Category> categories) {
        return GlueMatrixCalculator.matrix(counted, people.team(), people::byKey, categories);
    }

    private static SprintReport.Headline headline(List<Contribution> counted, GlueMatrix matrix) {
        int peopleWithGlue = (int) matrix.rows().stream().filter(r -> r.total() > 0).count();
        int corroborated = (int) counted.stream().filter(GlueWinsCalculator::isCorroborated).count();
        int withImpact = (int) counted.stream().filter(GlueWinsCalculator::hasImpact).count();
        return new SprintReport.Headline(counted.size(), peopleWithGlue, corroborated, withImpact);
    }
}
