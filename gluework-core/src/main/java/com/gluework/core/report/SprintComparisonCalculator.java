package com.gluework.core.report;

import com.gluework.core.model.Category;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Compares two sprints' matrices and distributions. */
public final class SprintComparisonCalculator {
    private SprintComparisonCalculator() {
    }

    public static SprintComparison compare(Sprint previousSprint,
                                           GlueMatrix previous, GlueDistribution previousDistribution,
                                           GlueMatrix current, GlueDistribution currentDistribution) {
        Map<String, Category> categories = new LinkedHashMap<>();
        current.columns().forEach(c -> categories.putIfAbsent(c.key(), c));
        previous.columns().forEach(c -> categories.putIfAbsent(c.key(), c));

        List<SprintComparison.CategoryDelta> deltas = new ArrayList<>();
        for (Category category : categories.values()) {
            int before = columnTotal(previous, category.key());
            int now = columnTotal(current, category.key());
            deltas.add(new SprintComparison.CategoryDelta(category, before, now, now - before));
        }
        return new SprintComparison(previousSprint, deltas,
                previous.total(), current.total(), current.total() - previous.total(),
                previousDistribution.gini(), currentDistribution.gini(),
                currentDistribution.gini() - previousDistribution.gini(),
                previousDistribution.topShare(), currentDistribution.topShare(),
                currentDistribution.topShare() - previousDistribution.topShare());
    }

    private static int columnTotal(GlueMatrix matrix, String categoryKey) {
        int column = matrix.columnIndex(categoryKey);
        return column < 0 ? 0 : matrix.columnTotals().get(column);
    }
}
