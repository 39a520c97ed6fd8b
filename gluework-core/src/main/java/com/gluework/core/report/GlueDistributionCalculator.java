package com.gluework.core.report;

import com.gluework.core.model.Person;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Shares, top contributor, Gini coefficient and single-owner categories of a glue matrix, over the TEAM's rows only.
 *
 * <p>The question the distribution answers is how the team shares its glue: a reviewer from another team who helped on
 * one issue is not a team member carrying less, and counting them would lower every member's share and pull the Gini
 * towards "one person did it all". Their glue still counts in the headline and the matrix (see {@link GlueMatrix}).
 */
public final class GlueDistributionCalculator {
    private GlueDistributionCalculator() {
    }

    public static GlueDistribution distribution(GlueMatrix matrix) {
        List<GlueMatrix.Row> team = matrix.rows().stream().filter(GlueMatrix.Row::onTeam).toList();
        int total = team.stream().mapToInt(GlueMatrix.Row::total).sum();
        List<GlueDistribution.PersonShare> people = new ArrayList<>();
        GlueMatrix.Row top = null;
        for (GlueMatrix.Row row : team) {
            people.add(new GlueDistribution.PersonShare(row.person(), row.total(), share(row.total(), total)));
            if (row.total() > 0 && (top == null || row.total() > top.total())) {
                top = row;
            }
        }
        Optional<Person> topContributor = Optional.ofNullable(top).map(GlueMatrix.Row::person);
        double topShare = top == null ? 0 : share(top.total(), total);
        List<Integer> counts = team.stream().map(GlueMatrix.Row::total).toList();
        return new GlueDistribution(people, total, topContributor, topShare, gini(counts), singleOwners(matrix, team));
    }

    /**
     * The Gini coefficient of glue counts across people: 0 when everyone did the same amount (or nobody did any),
     * 1 when one person did all of it.
     *
     * <p>Defined as the mean absolute difference over all ordered pairs of distinct people, divided by twice the
     * mean, i.e. {@code G = Σᵢ Σⱼ |xᵢ − xⱼ| / (2 · n · (n − 1) · mean)}. This is the usual
     * {@code Σ|xᵢ − xⱼ| / (2n²·mean)} with the small-sample correction {@code n / (n − 1)}: teams are small, and without
     * it "one of five people did everything" would read 0.8 instead of 1. The range is exactly [0, 1]. With fewer
     * than two people there is nobody to be unequal to, so it is 0.
     *
     * <p>Computed exactly in integers from the sorted counts
     * ({@code Σᵢ Σⱼ |xᵢ − xⱼ| = 2 · Σᵢ (2i − n − 1) · x₍ᵢ₎}, i = 1…n ascending), so an even split is exactly 0 and the
     * result does not depend on the order people are listed in.
     *
     * @param counts non-negative glue counts, one per person
     */
    public static double gini(List<Integer> counts) {
        int n = counts.size();
        long sum = 0;
        for (int count : counts) {
            if (count < 0) {
                throw new IllegalArgumentException("glue counts cannot be negative: " + count);
            }
            sum += count;
        }
        if (n < 2 || sum == 0) {
            return 0;
        }
        int[] sorted = counts.stream().mapToInt(Integer::intValue).sorted().toArray();
        long weighted = 0;
        for (int i = 1; i <= n; i++) {
            weighted += (2L * i - n - 1) * sorted[i - 1];
        }
        // Σ|xi - xj| / (2 n (n-1) mean) = 2·weighted / (2 (n-1) sum) = weighted / ((n-1) sum)
        double g = (double) weighted / ((double) (n - 1) * sum);
        return Math.min(1.0, Math.max(0.0, g));
    }

    static double share(int count, int total) {
        return total == 0 ? 0 : (double) count / total;
    }

    /** Categories exactly one team member did this sprint: the team's knowledge-silo risk, whoever else helped. */
    private static List<GlueDistribution.SingleOwnerCategory> singleOwners(GlueMatrix matrix, List<GlueMatrix.Row> team) {
        List<GlueDistribution.SingleOwnerCategory> result = new ArrayList<>();
        for (int column = 0; column < matrix.columns().size(); column++) {
            GlueMatrix.Row owner = null;
            int owners = 0;
            for (GlueMatrix.Row row : team) {
                if (row.counts().get(column) > 0) {
                    owners++;
                    owner = row;
                }
            }
            if (owners == 1) {
                result.add(new GlueDistribution.SingleOwnerCategory(
                        matrix.columns().get(column), owner.person(), owner.counts().get(column)));
            }
        }
        return result;
    }
}
