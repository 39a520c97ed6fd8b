package com.gluework.core.report;

import java.util.List;
import java.util.Objects;

/**
 * A sprint report with every contribution that counted for it, for exports that list glue one row at a time.
 *
 * @param contributions the counted glue, each once, by date then id — exactly what the report's totals are over
 */
public record SprintReportExport(SprintReport report, List<ReportedContribution> contributions) {
    public SprintReportExport {
        Objects.requireNonNull(report, "report");
        contributions = List.copyOf(contributions);
    }
}
