package com.gluework.core.report;

import com.gluework.core.model.Category;
import com.gluework.core.model.Person;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * How concentrated the sprint's glue is.
 *
 * @param people                per person in matrix row order, members with no glue included
 * @param total                 all counted glue
 * @param topContributor        the person with the most glue (ties: the first in row order); empty when there is none
 * @param topShare              the top contributor's share of all glue, in [0, 1]; 0 when there is no glue
 * @param gini                  Gini coefficient of the per-person counts, in [0, 1] (see
 *                              {@link GlueDistributionCalculator#gini})
 * @param singleOwnerCategories categories in which exactly one person did glue this sprint (knowledge-silo risk), in
 *                              column order
 */
public record GlueDistribution(List<PersonShare> people, int total, Optional<Person> topContributor, double topShare,
                               double gini, List<SingleOwnerCategory> singleOwnerCategories) {
    public GlueDistribution {
        people = List.copyOf(people);
        Objects.requireNonNull(topContributor, "topContributor");
        singleOwnerCategories = List.copyOf(singleOwnerCategories);
    }

    /** @param share of all counted glue, in [0, 1]; 0 when there is none */
    public record PersonShare(Person person, int count, double share) {
    }

    /** @param count how much glue the owner did in the category */
    public record SingleOwnerCategory(Category category, Person owner, int count) {
    }
}
