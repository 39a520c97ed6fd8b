package com.gluework.core.report;

import com.gluework.core.model.Category;
import com.gluework.core.model.Person;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Who did what: one row per person (team members, including those with no glue, plus anyone else whose glue
 * counted), one column per category, cells are contribution counts.
 *
 * <p>Glue by someone outside the team (a reviewer from another team, on one of the sprint's issues) is real glue the
 * sprint got, so it counts in the headline, the cells and the totals; such a person gets an extra row after the team's,
 * marked {@link Row#onTeam() not on the team}. The distribution ({@link GlueDistributionCalculator}) leaves those rows
 * out.
 *
 * @param columns      active categories in category order, then any inactive or unknown category that has glue
 *                     this sprint (so that every row adds up to the person's total)
 * @param rows         in report order: display name (case-insensitive), then key
 * @param columnTotals one per column, same order
 * @param total        all counted glue
 */
public record GlueMatrix(List<Category> columns, List<Row> rows, List<Integer> columnTotals, int total) {
    public GlueMatrix {
        columns = List.copyOf(columns);
        rows = List.copyOf(rows);
        columnTotals = List.copyOf(columnTotals);
    }

    /**
     * @param counts one per column of the matrix, same order
     * @param onTeam whether the person is on the sprint's team; false for someone whose glue counted although they are
     *               not (shown as "not on the team")
     */
    public record Row(Person person, List<Integer> counts, int total, boolean onTeam) {
        public Row {
            Objects.requireNonNull(person, "person");
            counts = List.copyOf(counts);
        }
    }

    public Optional<Row> row(String personKey) {
        return rows.stream().filter(r -> r.person().key().equals(personKey)).findFirst();
    }

    /** @return the column index of the category, or -1 when it is not a column */
    public int columnIndex(String categoryKey) {
        for (int i = 0; i < columns.size(); i++) {
            if (columns.get(i).key().equals(categoryKey)) {
                return i;
            }
        }
        return -1;
    }

    public int count(String personKey, String categoryKey) {
        int column = columnIndex(categoryKey);
        return column < 0 ? 0 : row(personKey).map(r -> r.counts().get(column)).orElse(0);
    }
}
