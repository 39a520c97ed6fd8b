package com.gluework.core.report;

import com.gluework.core.model.Category;
import com.gluework.core.model.Person;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * How concentrated the team's glue is this sprint: every figure is over team members only (see
 * {@link GlueDistributionCalculator}); glue by people outside the team is in the matrix, not here.
 *
 * @param people                per team member in matrix row order, members with no glue included
 * @param total                 the team members' counted glue
 * @param topContributor        the member with the most glue (ties: the first in row order); empty when there is none
 * @param topShare              the top contributor's share of the team's glue, in [0, 1]; 0 when there is no glue
 * @param gini                  Gini coefficient of the per-member counts, in [0, 1] (see
 *                              {@link GlueDistributionCalculator#gini})
 * @param singleOwnerCategories categories in which exactly one team member did glue this sprint (knowledge-silo risk),
 *                              in column order
 */
public record GlueDistribution(List<PersonShare> people, int total, Optional<Person> topContributor, double topShare,
                               double gini, List<SingleOwnerCategory> singleOwnerCategories) {
    public GlueDistribution {
        people = List.copyOf(people);
        Objects.requireNonNull(topContributor, "topContributor");
        singleOwnerCategories = List.copyOf(singleOwnerCategories);
    }

    /** @param share of the team's counted glue, in [0, 1]; 0 when there is none */
    public record PersonShare(Person person, int count, double share) {
    }

    /** @param count how much glue the owner (the only team member with glue in the category) did in it */
    public record SingleOwnerCategory(Category category, Person owner, int count) {
    }
}
