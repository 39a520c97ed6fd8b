package com.gluework.core.report;

import com.gluework.core.model.Category;
import com.gluework.core.model.Person;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Everything {@link SprintReportAssembler} needs, already fetched by the host.
 *
 * @param current      the sprint being reported
 * @param previous     the previous sprint of the same board ({@link SprintRules#previousSprint}), for the comparison
 * @param team         the sprint's team (in a host, {@link SprintData#team()} of {@code current} resolved to people);
 *                     everyone here appears in the matrix, with zero glue if need be, only their glue not tied to an
 *                     issue counts, and the distribution (shares, Gini, hero alert) is over them alone
 * @param previousTeam the previous sprint's team, with the same role for the previous sprint's figures, so that the
 *                     comparison's "before" is what that sprint's own report showed; empty without a previous sprint
 * @param otherPeople  people outside the team the host resolved (contributors on sprint issues, corroborators),
 *                     by key; a key found nowhere is shown as {@link Person#unknown}
 * @param categories   all categories, active or not (an inactive one still shows when it has glue this sprint)
 */
public record SprintReportInput(SprintData current, Optional<SprintData> previous, List<Person> team,
                                List<Person> previousTeam, Map<String, Person> otherPeople, List<Category> categories,
                                ReportSettings settings) {
    public SprintReportInput {
        Objects.requireNonNull(current, "current");
        Objects.requireNonNull(settings, "settings");
        previous = previous == null ? Optional.empty() : previous;
        team = List.copyOf(team == null ? List.of() : team);
        previousTeam = List.copyOf(previousTeam == null ? List.of() : previousTeam);
        otherPeople = Map.copyOf(otherPeople == null ? Map.of() : otherPeople);
        categories = List.copyOf(categories == null ? List.of() : categories);
    }

    /** For a previous sprint worked by the same team as this one (or no previous sprint at all). */
    public SprintReportInput(SprintData current, Optional<SprintData> previous, List<Person> team,
                             Map<String, Person> otherPeople, List<Category> categories, ReportSettings settings) {
        this(current, previous, team, team, otherPeople, categories, settings);
    }
}
