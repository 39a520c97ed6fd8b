package com.gluework.core.privacy;

import com.gluework.core.model.Person;
import com.gluework.core.report.GlueDistribution;
import com.gluework.core.report.GlueMatrix;
import com.gluework.core.report.GlueWin;
import com.gluework.core.report.ReportedContribution;
import com.gluework.core.report.SprintComparison;
import com.gluework.core.report.SprintReport;
import com.gluework.core.report.SprintReportExport;

import java.util.Collections;
import java.util.List;
import java.util.Optional;

/**
 * A sprint report with nothing that tells one person's glue from another's, for viewers of a project that shows
 * per-person figures to its admins only. Every format (JSON, HTML, CSV, Markdown, SVG) is written from this one
 * value, so none can show what it removed.
 * <p>
 * Kept: the headline, category totals and their change, the Gini coefficient, outcome signals, and the wins (what was
 * done, where, with what impact). Removed: the person × category rows, per-person shares, the top contributor and
 * every top-share figure, the hero alert, the opportunities (they name people to rotate or pair). Names become
 * {@link #TEAMMATE}: the win's doer, its corroborators (one each, so their number stays), a single-owner category's
 * owner (the risk stays visible, not who carries it) and every contributor of the CSV's rows.
 */
public final class TeamLevelReport {
    /** Stands for any person in a team-level report; the formats print its display name. */
    public static final Person TEAMMATE = new Person("", "", "A teammate", "", false);

    private TeamLevelReport() {
    }

    public static SprintReportExport of(SprintReportExport export) {
        List<ReportedContribution> rows = export.contributions().stream()
                .map(r -> new ReportedContribution(r.contribution(), TEAMMATE, r.category(), teammates(r.corroborators()), r.win()))
                .toList();
        return new SprintReportExport(of(export.report()), rows);
    }

    public static SprintReport of(SprintReport report) {
        GlueMatrix matrix = report.matrix();
        GlueDistribution d = report.distribution();
        GlueDistribution distribution = new GlueDistribution(List.of(), d.total(), Optional.empty(), 0, d.gini(),
                d.singleOwnerCategories().stream()
                        .map(s -> new GlueDistribution.SingleOwnerCategory(s.category(), TEAMMATE, s.count()))
                        .toList());
        List<GlueWin> wins = report.wins().stream()
                .map(w -> new GlueWin(w.contributionId(), TEAMMATE, w.category(), w.issue(), w.occurredOn(), w.summary(),
                        w.impact(), w.evidenceLinks(), teammates(w.corroborators()), w.peerObservation()))
                .toList();
        Optional<SprintComparison> comparison = report.comparison().map(c -> new SprintComparison(c.previousSprint(),
                c.categories(), c.previousTotal(), c.currentTotal(), c.totalDelta(), c.previousGini(), c.currentGini(),
                c.giniDelta(), 0, 0, 0));
        return new SprintReport(report.sprint(), report.window(), report.headline(), wins,
                new GlueMatrix(matrix.columns(), List.of(), matrix.columnTotals(), matrix.total()), distribution,
                List.of(), Optional.empty(), comparison, report.outcomes(), true);
    }

    private static List<Person> teammates(List<Person> people) {
        return Collections.nCopies(people.size(), TEAMMATE);
    }
}
