package com.gluework.core.model;

import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * A contribution reduced to what a sprint report is computed from, so a store can read a sprint's glue with fewer
 * columns and without the beneficiaries (issue 13: at 2,000 contributions per sprint, Active Objects' per-value cost
 * was most of a report's time and allocation).
 *
 * <p>Kept, exactly as stored: id, category, contributor, recorder (a peer observation is shown as such), the issue
 * (a win carries it whole), date, summary, impact, evidence links, state, and the active corroborations' id,
 * corroborator and time.
 * Everything else holds a fixed value no report may print: no beneficiaries, empty corroboration notes, source
 * {@link ContributionSource#MANUAL}, creation and update at {@link Instant#EPOCH}, version 0. Whatever a report
 * (JSON, HTML, charts, CSV, Markdown) shows must come from the kept fields: {@code SprintReportServiceTest} compares
 * every report and export row built from reduced glue with the ones built from full glue.
 */
public final class ReportGlue {
    private ReportGlue() {
    }

    /** {@code contribution} as a report reads it; what a store's reduced read must return for it. */
    public static Contribution reduced(Contribution contribution) {
        List<Corroboration> corroborations = contribution.corroborations().stream()
                .map(k -> reducedCorroboration(k.id(), k.contributionId(), k.corroboratorKey(), k.createdAt()))
                .toList();
        return of(contribution.id(), contribution.categoryKey(), contribution.contributorKey(),
                contribution.recordedByKey(), contribution.issue(),
                contribution.occurredOn(), contribution.summary(), contribution.impact(), contribution.evidenceLinks(),
                contribution.state(), corroborations);
    }

    /** A reduced contribution from the kept fields, for stores that read only those. */
    public static Contribution of(long id, String categoryKey, String contributorKey, String recordedByKey,
                                  IssueRef issue, LocalDate occurredOn, String summary, String impact,
                                  List<URI> evidenceLinks, ContributionState state,
                                  List<Corroboration> reducedCorroborations) {
        return new Contribution(id, categoryKey, contributorKey, recordedByKey, issue, occurredOn, summary,
                impact, List.of(), evidenceLinks, state, ContributionSource.MANUAL, Instant.EPOCH, Instant.EPOCH, 0,
                reducedCorroborations);
    }

    /** A corroboration of a reduced contribution: without its note. */
    public static Corroboration reducedCorroboration(long id, long contributionId, String corroboratorKey,
                                                     Instant createdAt) {
        return new Corroboration(id, contributionId, corroboratorKey, "", createdAt);
    }
}
