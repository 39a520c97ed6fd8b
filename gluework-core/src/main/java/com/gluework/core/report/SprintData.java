package com.gluework.core.report;

import com.gluework.core.model.Contribution;

import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

/**
 * What the host fetched about one sprint for the report.
 *
 * @param issues        the sprint's issues the viewer may browse, with their status histories and assignees
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

    /**
     * The user keys of the people who worked the sprint as far as the viewer can tell: the distinct assignees of
     * {@link #issues()}, sorted. Computed from the browsable issues only, so a viewer never learns who works on an issue
     * they may not see.
     */
    public Set<String> team() {
        return team(issues);
    }

    /** {@link #team()} of any list of sprint issues, for a host that has not fetched the glue yet. */
    public static Set<String> team(List<SprintIssue> issues) {
        Set<String> keys = new TreeSet<>();
        issues.forEach(i -> i.assignee().ifPresent(keys::add));
        return Collections.unmodifiableSet(keys);
    }
}
