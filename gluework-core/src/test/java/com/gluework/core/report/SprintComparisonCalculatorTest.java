package com.gluework.core.report;

import com.gluework.core.model.Category;
import com.gluework.core.model.Contribution;
import org.junit.Test;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import static com.gluework.core.report.ReportFixtures.CATEGORIES;
import static com.gluework.core.report.ReportFixtures.PEOPLE_BY_KEY;
import static com.gluework.core.report.ReportFixtures.concat;
import static com.gluework.core.report.ReportFixtures.many;
import static com.gluework.core.report.ReportFixtures.people;
import static org.junit.Assert.assertEquals;

public class SprintComparisonCalculatorTest {
    private static final Sprint SPRINT_2 = ReportFixtures.closedSprint(2, LocalDate.of(2026, 2, 16),
            LocalDate.of(2026, 2, 27));

    private static SprintComparison compare(List<Contribution> before, List<Contribution> now, List<Category> categories) {
        GlueMatrix previous = GlueMatrixCalculator.matrix(before, people("carol", "frank"), PEOPLE_BY_KEY, categories);
        GlueMatrix current = GlueMatrixCalculator.matrix(now, people("carol", "frank"), PEOPLE_BY_KEY, categories);
        return SprintComparisonCalculator.compare(SPRINT_2, previous, GlueDistributionCalculator.distribution(previous),
                current, GlueDistributionCalculator.distribution(current));
    }

    @Test
    public void compare_shouldGiveTheDeltaPerCategoryAsCurrentMinusPrevious() {
        SprintComparison comparison = compare(
                concat(many(1, "frank", "review", 3), many(10, "carol", "documentation", 2)),
                concat(many(1, "frank", "review", 5), many(10, "carol", "quality", 1)),
                CATEGORIES);

        SprintComparison.CategoryDelta review = comparison.categories().get(1);
        assertEquals("review", review.category().key());
        assertEquals(3, review.previous());
        assertEquals(5, review.current());
        assertEquals(2, review.delta());
        assertEquals(-2, comparison.categories().get(2).delta());
        assertEquals(1, comparison.categories().get(7).delta());
        assertEquals(5, comparison.previousTotal());
        assertEquals(6, comparison.currentTotal());
        assertEquals(1, comparison.totalDelta());
        assertEquals(SPRINT_2, comparison.previousSprint());
    }

    @Test
    public void compare_shouldShowTheDistributionGettingMoreConcentrated() {
        SprintComparison comparison = compare(
                concat(many(1, "frank", "review", 2), many(10, "carol", "review", 2)),
                concat(many(1, "frank", "review", 3), many(10, "carol", "review", 1)),
                CATEGORIES);

        assertEquals(0.0, comparison.previousGini(), 0);
        assertEquals(0.5, comparison.currentGini(), 0);
        assertEquals(0.5, comparison.giniDelta(), 0);
        assertEquals(0.5, comparison.previousTopShare(), 0);
        assertEquals(0.75, comparison.currentTopShare(), 0);
        assertEquals(0.25, comparison.topShareDelta(), 0);
    }

    @Test
    public void compare_shouldKeepACategoryOnlyThePreviousSprintHad() {
        List<Category> categories = new ArrayList<>(CATEGORIES);
        categories.add(new Category("oncall", "On-call", "", "", "", false, 90));

        SprintComparison comparison = compare(many(1, "frank", "oncall", 2), List.of(), categories);

        SprintComparison.CategoryDelta last = comparison.categories().get(comparison.categories().size() - 1);
        assertEquals("oncall", last.category().key());
        assertEquals(-2, last.delta());
        assertEquals(9, comparison.categories().size());
    }
}
