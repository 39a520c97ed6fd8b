package com.gluework.core.report;

import com.gluework.core.model.Contribution;

import java.util.List;
import java.util.Objects;

/**
 * What the host fetched about one sprint for the report.
 *
 * @param issues        the sprint's issues the viewer may browse (the host's sprint search runs as the viewer), with
 *                      their status histories
 * @param contributions candidate glue: at least every contribution on those issues and the team's contributions not
 *                      tied to an issue dated inside the sprint window. Extra candidates (other issues, other dates,
 *                      retired ones) are harmless: {@link SprintGlueSelector} decides what counts.
 */
public record SprintData(Sprint sprint, List<SprintIssue> issues, List<Contribution> contributions) {
    public SprintData {
        Objects.requireNonNull(sprint, "sprint");
        issues = List.copyOf(issues == null ? List.of() : issues);
        contributions = List.copyOf(contributions == null ? List.of() : contributions);
    }
}
