package com.gluework.core.report;

import com.gluework.core.model.Contribution;
import com.gluework.core.model.ContributionState;

import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Collectors;

/**
 * Decides which glue counts for a sprint. A contribution counts when it is not retired, the viewer may see it, and
 * either
 * <ul>
 *   <li>it is on an issue that was in the sprint (matched by issue id, which survives a project move; its date does
 *       not matter, so refinement done before the sprint started still counts), or</li>
 *   <li>it is not tied to an issue, a team member did it, and it is dated inside the sprint window (both ends
 *       inclusive). A sprint that has not started has no window, so only its issues' glue counts.</li>
 * </ul>
 * The viewer filter is applied here, before anything is counted, so every total in the report is a total over what
 * the viewer may see.
 */
public final class SprintGlueSelector {
    /** Written out rather than chained from key extractors: it runs some 20,000 times per report; the same order. */
    private static final Comparator<Contribution> BY_DATE_THEN_ID = (a, b) -> {
        int byDate = a.occurredOn().compareTo(b.occurredOn());
        return byDate != 0 ? byDate : Long.compare(a.id(), b.id());
    };

    private SprintGlueSelector() {
    }

    /**
     * @param viewerMaySee whether the viewer may see a contribution (for glue on an issue: may browse the issue)
     * @return the counted glue, each contribution once, ordered by date then id
     */
    public static List<Contribution> select(SprintData sprint, Set<String> teamKeys,
                                            Predicate<Contribution> viewerMaySee, ZoneId zone) {
        Set<Long> sprintIssueIds = sprint.issues().stream().map(i -> i.issue().id()).collect(Collectors.toSet());
        Optional<SprintWindow> window = sprint.sprint().window(zone);
        Map<Long, Contribution> byId = new LinkedHashMap<>();
        for (Contribution c : sprint.contributions()) {
            if (c.state() != ContributionState.RETIRED
                    && belongsToSprint(c, sprintIssueIds, teamKeys, window)
                    && viewerMaySee.test(c)) {
                byId.putIfAbsent(c.id(), c);
            }
        }
        List<Contribution> counted = new ArrayList<>(byId.values());
        counted.sort(BY_DATE_THEN_ID);
        return Collections.unmodifiableList(counted);
    }

    private static boolean belongsToSprint(Contribution c, Set<Long> sprintIssueIds, Set<String> teamKeys,
                                           Optional<SprintWindow> window) {
        if (c.issue() != null) {
            return sprintIssueIds.contains(c.issue().id());
        }
        return teamKeys.contains(c.contributorKey()) && window.map(w -> w.contains(c.occurredOn())).orElse(false);
    }
}
