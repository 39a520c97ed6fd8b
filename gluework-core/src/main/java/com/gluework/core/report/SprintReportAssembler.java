package com.gluework.core.report;

import com.gluework.core.model.Category;
import com.gluework.core.model.Contribution;
import com.gluework.core.model.Person;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Collectors;

/** Composes the sprint glue-wins report from what the host fetched. Pure: same inputs, same report. */
public final class SprintReportAssembler {
    private SprintReportAssembler() {
    }

    /**
     * @param viewerMaySee whether the viewer may see a contribution (for glue on an issue: may browse that issue);
     *                     applied before anything is counted, so every total is over what the viewer may see
     */
    public static SprintReport assemble(SprintReportInput input, Predicate<Contribution> viewerMaySee) {
        return Assembly.of(input, viewerMaySee).report;
    }

    /**
     * The report of {@link #assemble} together with every contribution it counted, people and categories resolved the
     * same way as in the report, for exports that list glue one row at a time.
     *
     * @see #assemble for the parameters
     */
    public static SprintReportExport export(SprintReportInput input, Predicate<Contribution> viewerMaySee) {
        return Assembly.of(input, viewerMaySee).export();
    }

    /**
     * One assembly: the report and what its export rows are built from. WHY split from {@link #export}: the JSON,
     * HTML and chart answers need only the report, and the rows (one per counted contribution, with its people
     * resolved) were a tenth of a report's work that those answers threw away.
     */
    private record Assembly(SprintReport report, List<Contribution> counted, List<GlueWin> wins, ReportPeople people,
                            Map<String, Category> categoriesByKey) {
        static Assembly of(SprintReportInput input, Predicate<Contribution> viewerMaySee) {
            ReportSettings settings = input.settings();
            List<Person> others = new ArrayList<>(input.previousTeam());
            others.addAll(input.otherPeople().values());
            ReportPeople people = new ReportPeople(input.team(), others);
            Map<String, Category> categoriesByKey = new LinkedHashMap<>();
            input.categories().forEach(c -> categoriesByKey.putIfAbsent(c.key(), c));

            SprintData current = input.current();
            List<Contribution> counted = SprintGlueSelector.select(current, people.teamKeys(), viewerMaySee,
                    settings.zone());
            GlueMatrix matrix = GlueMatrixCalculator.matrix(counted, people.team(), people::byKey, input.categories());
            GlueDistribution distribution = GlueDistributionCalculator.distribution(matrix);

            // The previous sprint is measured against ITS team, as its own report was: this sprint's team would count
            // other people's unattached glue and compute the "before" distribution over the wrong people.
            Optional<SprintComparison> comparison = input.previous().map(previous -> {
                ReportPeople previousPeople = new ReportPeople(input.previousTeam(), people.everyone());
                List<Contribution> previousCounted = SprintGlueSelector.select(previous, previousPeople.teamKeys(),
                        viewerMaySee, settings.zone());
                GlueMatrix previousMatrix = GlueMatrixCalculator.matrix(previousCounted, previousPeople.team(),
                        previousPeople::byKey, input.categories());
                return SprintComparisonCalculator.compare(previous.sprint(), previousMatrix,
                        GlueDistributionCalculator.distribution(previousMatrix), matrix, distribution);
            });

            List<GlueWin> wins = GlueWinsCalculator.wins(counted, people::byKey, categoriesByKey);
            Set<Long> clarified = OutcomeSignalsCalculator.clarifiedIssueIds(counted, settings.clarificationCategoryKey());
            SprintReport report = new SprintReport(
                    current.sprint(),
                    current.sprint().window(settings.zone()),
                    headline(counted, matrix),
                    wins,
                    matrix,
                    distribution,
                    HeroAlertRules.opportunities(matrix),
                    HeroAlertRules.heroAlert(matrix, distribution, settings.heroThresholdShare()),
                    comparison,
                    OutcomeSignalsCalculator.signals(current.issues(), clarified, settings.statuses()));
            return new Assembly(report, counted, wins, people, categoriesByKey);
        }

        SprintReportExport export() {
            Set<Long> winIds = wins.stream().map(GlueWin::contributionId).collect(Collectors.toSet());
            List<ReportedContribution> rows = counted.stream()
                    .map(c -> new ReportedContribution(c, people.byKey(c.contributorKey()),
                            categoriesByKey.getOrDefault(c.categoryKey(), Category.unknown(c.categoryKey())),
                            GlueWinsCalculator.corroboratorKeys(c).stream().map(people::byKey).toList(),
                            winIds.contains(c.id())))
                    .toList();
            return new SprintReportExport(report, rows);
        }
    }

    private static SprintReport.Headline headline(List<Contribution> counted, GlueMatrix matrix) {
        int peopleWithGlue = (int) matrix.rows().stream().filter(r -> r.total() > 0).count();
        int corroborated = (int) counted.stream().filter(GlueWinsCalculator::isCorroborated).count();
        int withImpact = (int) counted.stream().filter(GlueWinsCalculator::hasImpact).count();
        return new SprintReport.Headline(counted.size(), peopleWithGlue, corroborated, withImpact);
    }
}
