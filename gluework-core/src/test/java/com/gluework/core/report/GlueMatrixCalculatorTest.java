package com.gluework.core.report;

import com.gluework.core.model.Category;
import com.gluework.core.model.Contribution;
import com.gluework.core.model.Person;
import org.junit.Test;

import java.util.ArrayList;
import java.util.List;

import static com.gluework.core.report.ReportFixtures.CATEGORIES;
import static com.gluework.core.report.ReportFixtures.PEOPLE_BY_KEY;
import static com.gluework.core.report.ReportFixtures.people;
import static com.gluework.core.report.ReportFixtures.simple;
import static org.junit.Assert.assertEquals;

public class GlueMatrixCalculatorTest {

    private static List<String> rowKeys(GlueMatrix matrix) {
        return matrix.rows().stream().map(r -> r.person().key()).toList();
    }

    private static List<String> columnKeys(GlueMatrix matrix) {
        return matrix.columns().stream().map(Category::key).toList();
    }

    @Test
    public void matrix_shouldHaveARowForEveryMemberIncludingThoseWithoutGlue() {
        GlueMatrix matrix = ReportFixtures.matrixOf(List.of(simple(1, "frank", "review")), people("frank", "erin"));

        assertEquals(List.of("erin", "frank"), rowKeys(matrix));
        assertEquals(0, matrix.row("erin").orElseThrow().total());
        assertEquals(1, matrix.count("frank", "review"));
    }

    @Test
    public void matrix_shouldOrderRowsByDisplayNameWhateverTheInputOrder() {
        List<Person> team = List.of(new Person("u3", "zed", "Zoë", "", true), new Person("u1", "al", "alice", "", true),
                new Person("u2", "bo", "Bob", "", true));

        GlueMatrix matrix = ReportFixtures.matrixOf(List.of(), team);

        assertEquals(List.of("u1", "u2", "u3"), rowKeys(matrix));
    }

    @Test
    public void matrix_shouldAddContributorsOutsideTheTeamAsRows() {
        GlueMatrix matrix = ReportFixtures.matrixOf(List.of(simple(1, "zoe-from-platform", "review")), people("alice"));

        assertEquals(List.of("alice", "zoe-from-platform"), rowKeys(matrix));
    }

    @Test
    public void matrix_shouldShowActiveCategoriesInCategoryOrder() {
        List<Category> shuffled = new ArrayList<>(CATEGORIES);
        java.util.Collections.reverse(shuffled);

        GlueMatrix matrix = GlueMatrixCalculator.matrix(List.of(), people("alice"), PEOPLE_BY_KEY, shuffled);

        assertEquals(List.of("clarification", "review", "documentation", "mentoring", "coordination", "facilitation",
                "incident", "quality"), columnKeys(matrix));
    }

    @Test
    public void matrix_shouldAppendInactiveOrUnknownCategoriesOnlyWhenTheyHaveGlue() {
        List<Category> categories = new ArrayList<>(CATEGORIES);
        categories.add(new Category("oncall", "On-call", "", "", "", false, 5));
        categories.add(new Category("unused", "Unused", "", "", "", false, 1));
        List<Contribution> counted = List.of(simple(1, "alice", "oncall"), simple(2, "alice", "gardening"));

        GlueMatrix matrix = GlueMatrixCalculator.matrix(counted, people("alice"), PEOPLE_BY_KEY, categories);

        List<String> columns = columnKeys(matrix);
        assertEquals(List.of("oncall", "gardening"), columns.subList(8, columns.size()));
        assertEquals(2, matrix.row("alice").orElseThrow().total());
        assertEquals("gardening", matrix.columns().get(9).name());
    }

    @Test
    public void matrix_shouldAddUpRowsColumnsAndTotal() {
        List<Contribution> counted = List.of(simple(1, "alice", "review"), simple(2, "alice", "facilitation"),
                simple(3, "bob", "review"), simple(4, "bob", "clarification"), simple(5, "bob", "clarification"));

        GlueMatrix matrix = ReportFixtures.matrixOf(counted, people("alice", "bob", "erin"));

        assertEquals(5, matrix.total());
        assertEquals(List.of(2, 2, 0, 0, 0, 1, 0, 0), matrix.columnTotals());
        assertEquals(List.of(2, 1, 0, 0, 0, 0, 0, 0), matrix.row("bob").orElseThrow().counts());
        assertEquals(3, matrix.row("bob").orElseThrow().total());
    }

    @Test
    public void matrix_shouldBeEmptyButWellFormedWithoutGlueOrPeople() {
        GlueMatrix matrix = ReportFixtures.matrixOf(List.of(), List.of());

        assertEquals(List.of(), matrix.rows());
        assertEquals(8, matrix.columns().size());
        assertEquals(List.of(0, 0, 0, 0, 0, 0, 0, 0), matrix.columnTotals());
        assertEquals(0, matrix.count("nobody", "review"));
    }
}
