package com.gluework.core.report;

import com.gluework.core.model.Category;
import com.gluework.core.model.Contribution;
import com.gluework.core.model.Person;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/** Builds the person × category matrix from the counted glue. */
public final class GlueMatrixCalculator {
    private static final Comparator<Category> CATEGORY_ORDER = Comparator
            .comparingInt(Category::order).thenComparing(Category::key);

    private GlueMatrixCalculator() {
    }

    /**
     * @param counted     the glue that counts (see {@link SprintGlueSelector})
     * @param team        the team; every member gets a row, and these rows come first
     * @param personByKey resolves contributors outside the team, who get rows after the team's
     * @param categories  all known categories, active or not, in any order
     */
    public static GlueMatrix matrix(List<Contribution> counted, List<Person> team,
                                    Function<String, Person> personByKey, List<Category> categories) {
        List<Category> columns = columns(counted, categories);
        Map<String, Integer> columnByKey = new HashMap<>();
        for (int i = 0; i < columns.size(); i++) {
            columnByKey.put(columns.get(i).key(), i);
        }

        Map<String, Person> people = new LinkedHashMap<>();
        team.forEach(p -> people.putIfAbsent(p.key(), p));
        Map<String, int[]> cellsByPerson = new HashMap<>();
        for (Contribution c : counted) {
            people.computeIfAbsent(c.contributorKey(), personByKey);
            cellsByPerson.computeIfAbsent(c.contributorKey(), k -> new int[columns.size()])
                    [columnByKey.get(c.categoryKey())]++;
        }

        Set<String> teamKeys = team.stream().map(Person::key).collect(Collectors.toSet());
        Comparator<Person> rowOrder = Comparator.comparing((Person p) -> !teamKeys.contains(p.key()))
                .thenComparing(ReportPeople.REPORT_ORDER);
        int[] columnTotals = new int[columns.size()];
        List<GlueMatrix.Row> rows = new ArrayList<>();
        for (Person person : people.values().stream().sorted(rowOrder).toList()) {
            int[] cells = cellsByPerson.getOrDefault(person.key(), new int[columns.size()]);
            int rowTotal = 0;
            List<Integer> counts = new ArrayList<>(cells.length);
            for (int i = 0; i < cells.length; i++) {
                counts.add(cells[i]);
                rowTotal += cells[i];
                columnTotals[i] += cells[i];
            }
            rows.add(new GlueMatrix.Row(person, counts, rowTotal, teamKeys.contains(person.key())));
        }
        return new GlueMatrix(columns, rows, Arrays.stream(columnTotals).boxed().toList(), counted.size());
    }

    private static List<Category> columns(List<Contribution> counted, List<Category> categories) {
        Map<String, Category> byKey = new LinkedHashMap<>();
        categories.forEach(c -> byKey.putIfAbsent(c.key(), c));
        List<Category> active = byKey.values().stream().filter(Category::active).sorted(CATEGORY_ORDER).toList();

        // Glue recorded before its category was deactivated (or under a key since deleted) still counted:
        // show its column after the active ones rather than let row totals silently disagree with the cells.
        Map<String, Category> extra = new LinkedHashMap<>();
        for (Contribution c : counted) {
            Category category = byKey.get(c.categoryKey());
            if (category == null || !category.active()) {
                extra.computeIfAbsent(c.categoryKey(), k -> category != null ? category : Category.unknown(k));
            }
        }
        List<Category> columns = new ArrayList<>(active);
        extra.values().stream().sorted(CATEGORY_ORDER).forEach(columns::add);
        return columns;
    }
}
