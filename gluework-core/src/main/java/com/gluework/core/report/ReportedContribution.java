package com.gluework.core.report;

import com.gluework.core.model.Category;
import com.gluework.core.model.Contribution;
import com.gluework.core.model.Person;

import java.util.List;
import java.util.Objects;

/**
 * One piece of glue that counted for a sprint, with the people and category it names already resolved: a row of the
 * report's exports.
 *
 * @param corroborators distinct peers who corroborated it, earliest first (the contributor never counts)
 * @param win           whether it is one of the report's {@link SprintReport#wins() wins}
 */
public record ReportedContribution(Contribution contribution, Person contributor, Category category,
                                   List<Person> corroborators, boolean win) {
    public ReportedContribution {
        Objects.requireNonNull(contribution, "contribution");
        Objects.requireNonNull(contributor, "contributor");
        Objects.requireNonNull(category, "category");
        corroborators = List.copyOf(corroborators);
    }
}
