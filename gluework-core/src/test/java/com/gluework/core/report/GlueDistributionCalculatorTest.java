package com.gluework.core.report;

import com.gluework.core.model.Contribution;
import org.junit.Test;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.Random;

import static com.gluework.core.report.ReportFixtures.concat;
import static com.gluework.core.report.ReportFixtures.many;
import static com.gluework.core.report.ReportFixtures.people;
import static com.gluework.core.report.ReportFixtures.person;
import static com.gluework.core.report.ReportFixtures.simple;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertThrows;
import static org.junit.Assert.assertTrue;

public class GlueDistributionCalculatorTest {
    private static final double EPSILON = 1e-12;

    private static double gini(Integer... counts) {
        return GlueDistributionCalculator.gini(List.of(counts));
    }

    /** The definition, literally: Σᵢ Σⱼ |xᵢ − xⱼ| / (2 · n · (n − 1) · mean). */
    private static double giniByDefinition(List<Integer> counts) {
        int n = counts.size();
        double sum = counts.stream().mapToInt(Integer::intValue).sum();
        if (n < 2 || sum == 0) {
            return 0;
        }
        double differences = 0;
        for (int a : counts) {
            for (int b : counts) {
                differences += Math.abs(a - b);
            }
        }
        return differences / (2.0 * n * (n - 1) * (sum / n));
    }

    private static List<Integer> randomCounts(Random random) {
        int n = 1 + random.nextInt(12);
        List<Integer> counts = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            // Many zeros, like real teams: a third of people do nothing in a given sprint.
            counts.add(random.nextInt(3) == 0 ? 0 : random.nextInt(40));
        }
        return counts;
    }

    @Test
    public void gini_shouldMatchKnownValues() {
        assertEquals(0.0, gini(3, 3, 3, 3), 0);
        assertEquals(1.0, gini(0, 0, 0, 0, 0, 7), 0);
        assertEquals(1.0, gini(0, 1), 0);
        assertEquals(2.0 / 3, gini(1, 1, 0, 0), EPSILON);
        assertEquals(1.0 / 3, gini(1, 2, 3), EPSILON);
    }

    @Test
    public void gini_shouldBeZeroWithoutGlueOrWithFewerThanTwoPeople() {
        assertEquals(0.0, gini(), 0);
        assertEquals(0.0, gini(9), 0);
        assertEquals(0.0, gini(0, 0, 0), 0);
    }

    @Test
    public void gini_shouldRejectNegativeCounts() {
        assertThrows(IllegalArgumentException.class, () -> gini(1, -1));
    }

    @Test
    public void gini_property_shouldStayWithinZeroAndOneAndAgreeWithTheDefinition() {
        Random random = new Random(20260302L);
        for (int run = 0; run < 5_000; run++) {
            List<Integer> counts = randomCounts(random);

            double g = GlueDistributionCalculator.gini(counts);

            assertTrue(counts + " → " + g, g >= 0 && g <= 1);
            assertEquals(counts.toString(), giniByDefinition(counts), g, 1e-9);
        }
    }

    @Test
    public void gini_property_shouldBeExactlyZeroForAnyEvenSplit() {
        Random random = new Random(7L);
        for (int run = 0; run < 2_000; run++) {
            int n = 1 + random.nextInt(30);
            int each = random.nextInt(1_000);

            assertEquals(0.0, GlueDistributionCalculator.gini(Collections.nCopies(n, each)), 0);
        }
    }

    @Test
    public void gini_property_shouldNotDependOnTheOrderOfPeople() {
        Random random = new Random(42L);
        for (int run = 0; run < 2_000; run++) {
            List<Integer> counts = randomCounts(random);
            List<Integer> shuffled = new ArrayList<>(counts);
            Collections.shuffle(shuffled, random);

            assertEquals(GlueDistributionCalculator.gini(counts), GlueDistributionCalculator.gini(shuffled), 0);
        }
    }

    @Test
    public void gini_property_shouldNotChangeWhenEveryCountIsScaled() {
        Random random = new Random(1234L);
        for (int run = 0; run < 2_000; run++) {
            List<Integer> counts = randomCounts(random);
            int factor = 2 + random.nextInt(50);
            List<Integer> scaled = counts.stream().map(c -> c * factor).toList();

            assertEquals(GlueDistributionCalculator.gini(counts), GlueDistributionCalculator.gini(scaled), EPSILON);
        }
    }

    @Test
    public void gini_property_shouldBeOneWhenOnePersonDoesEverything() {
        Random random = new Random(99L);
        for (int run = 0; run < 500; run++) {
            List<Integer> counts = new ArrayList<>(Collections.nCopies(2 + random.nextInt(20), 0));
            counts.set(random.nextInt(counts.size()), 1 + random.nextInt(100));

            assertEquals(1.0, GlueDistributionCalculator.gini(counts), 0);
        }
    }

    @Test
    public void distribution_shouldIncludeMembersWithoutGlueAndComputeShares() {
        List<Contribution> counted = concat(many(1, "frank", "review", 6), many(10, "carol", "review", 3),
                List.of(simple(20, "dave", "incident")));

        GlueDistribution distribution = GlueDistributionCalculator.distribution(
                ReportFixtures.matrixOf(counted, people("carol", "dave", "erin", "frank")));

        assertEquals(10, distribution.total());
        assertEquals(List.of(3, 1, 0, 6), distribution.people().stream().map(GlueDistribution.PersonShare::count).toList());
        assertEquals(List.of(0.3, 0.1, 0.0, 0.6),
                distribution.people().stream().map(GlueDistribution.PersonShare::share).toList());
        assertEquals(Optional.of(person("frank")), distribution.topContributor());
        assertEquals(0.6, distribution.topShare(), 0);
        assertEquals(GlueDistributionCalculator.gini(List.of(3, 1, 0, 6)), distribution.gini(), 0);
    }

    @Test
    public void distribution_shouldBreakATieForTopByReportOrder() {
        List<Contribution> counted = concat(many(1, "zed", "review", 2), many(10, "amy", "quality", 2));

        GlueDistribution distribution = GlueDistributionCalculator.distribution(
                ReportFixtures.matrixOf(counted, people("zed", "amy")));

        assertEquals(Optional.of(person("amy")), distribution.topContributor());
        assertEquals(0.5, distribution.topShare(), 0);
        assertEquals(0.0, distribution.gini(), 0);
    }

    @Test
    public void distribution_shouldBeEmptyForASprintWithoutGlue() {
        GlueDistribution distribution = GlueDistributionCalculator.distribution(
                ReportFixtures.matrixOf(List.of(), people("alice", "bob")));

        assertEquals(0, distribution.total());
        assertEquals(Optional.empty(), distribution.topContributor());
        assertEquals(0.0, distribution.topShare(), 0);
        assertEquals(0.0, distribution.gini(), 0);
        assertEquals(List.of(), distribution.singleOwnerCategories());
    }

    @Test
    public void distribution_shouldGiveASingleMemberAllGlueAndNoInequality() {
        GlueDistribution distribution = GlueDistributionCalculator.distribution(
                ReportFixtures.matrixOf(many(1, "alice", "review", 4), people("alice")));

        assertEquals(1.0, distribution.topShare(), 0);
        assertEquals(0.0, distribution.gini(), 0);
    }

    @Test
    public void singleOwnerCategories_shouldNameCategoriesOnlyOnePersonDidThisSprint() {
        List<Contribution> counted = List.of(simple(1, "dave", "incident"), simple(2, "dave", "incident"),
                simple(3, "carol", "review"), simple(4, "frank", "review"), simple(5, "bob", "clarification"));

        GlueDistribution distribution = GlueDistributionCalculator.distribution(
                ReportFixtures.matrixOf(counted, people("bob", "carol", "dave", "frank")));

        assertEquals(List.of(
                        new GlueDistribution.SingleOwnerCategory(ReportFixtures.CATEGORIES_BY_KEY.get("clarification"),
                                person("bob"), 1),
                        new GlueDistribution.SingleOwnerCategory(ReportFixtures.CATEGORIES_BY_KEY.get("incident"),
                                person("dave"), 2)),
                distribution.singleOwnerCategories());
    }
}
