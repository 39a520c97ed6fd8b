package com.gluework.core.report;

import com.gluework.core.model.Category;

import java.util.List;
import java.util.Objects;

/**
 * This sprint against the previous sprint of the same board. Every delta is current minus previous, so a positive
 * Gini or top-share delta means glue became more concentrated.
 *
 * @param categories one per category that is a column in either sprint: this sprint's columns first, then any
 *                   category only the previous sprint had
 */
public record SprintComparison(Sprint previousSprint, List<CategoryDelta> categories,
                               int previousTotal, int currentTotal, int totalDelta,
                               double previousGini, double currentGini, double giniDelta,
                               double previousTopShare, double currentTopShare, double topShareDelta) {
    public SprintComparison {
        Objects.requireNonNull(previousSprint, "previousSprint");
        categories = List.copyOf(categories);
    }

    public record CategoryDelta(Category category, int previous, int current, int delta) {
        public CategoryDelta {
            Objects.requireNonNull(category, "category");
        }
    }
}
