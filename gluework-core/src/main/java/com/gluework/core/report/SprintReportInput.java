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
 * @param current        the sprint being reported
 * @param previous       the previous sprint of the same board ({@link SprintRules#previousSprint}), for the comparison
 * @param team           the team's members; everyone here appears in the matrix, with zero glue if need be, and only
 *                       their glue not tied to an issue counts
 * @param otherPeople    people outside the team the host resolved (contributors on sprint issues, corroborators),
 *                       by key; a key found nowhere is shown as itself
 * @param categories     all categories, active or not (an inactive one still shows when it has glue this sprint)
 */
public record SprintReportInput(SprintData current, Optional<SprintData> previous, List<Person> team,
                                Map<String, Person> otherPeople, List<Category> categories, ReportSettings settings) {
    public SprintReportInput {
        Objects.requireNonNull(current, "current");
        Objects.requireNonNull(settings, "settings");
        previous = previous == null ? Optional.empty() : previous;
        team = List.copyOf(team == null ? List.of() : team);
        otherPeople = Map.copyOf(otherPeople == null ? Map.of() : otherPeople);
        categories = List.copyOf(categories == null ? List.of() : categories);
    }
}
