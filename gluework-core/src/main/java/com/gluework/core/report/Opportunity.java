package com.gluework.core.report;

import com.gluework.core.model.Category;
import com.gluework.core.model.Person;

import java.util.Objects;
import java.util.Optional;

/**
 * A team member with no recorded glue this sprint, phrased as a chance to grow, never as blame.
 *
 * @param suggestedCategory the team's busiest category this sprint, to join in on; empty when the team has no glue
 * @param pairWith          the team member who did most of that category, to pair with
 * @param message           e.g. "erin has no recorded glue yet — pair with frank on the next Code review?"
 */
public record Opportunity(Person person, Optional<Category> suggestedCategory, Optional<Person> pairWith,
                          String message) {
    public Opportunity {
        Objects.requireNonNull(person, "person");
        Objects.requireNonNull(suggestedCategory, "suggestedCategory");
        Objects.requireNonNull(pairWith, "pairWith");
        Objects.requireNonNull(message, "message");
    }
}
