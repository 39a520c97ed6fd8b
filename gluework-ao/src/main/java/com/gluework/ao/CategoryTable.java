package com.gluework.ao;

import com.gluework.core.model.Category;

import java.util.List;

/**
 * Every stored category, in display order, as the issue panel needs it on every render — held in memory where the
 * host offers a cache every node of a cluster resets together, read from the database where it does not.
 * <p>
 * WHY: the categories statement was one of the panel's four round trips to the database (JFR, issue 13), yet the rows
 * change only when an administrator edits the definitions. A holder must therefore be reset by every write of a
 * category row, on every node: {@link AoDefinitionsStore} resets it after each write's transaction has ended (a reset
 * before the commit would let a concurrent read put the old rows back), and a new plugin instance resets it when it
 * starts, which covers the upgrade tasks (they run when Active Objects starts for the new instance, before any read
 * of it returns). In Jira the holder is an Atlassian Cache reference replicated by invalidation
 * ({@code com.gluework.jira.adapter.AtlassianCategoryTable}); the preview's is {@link LocalCategoryTable}.
 */
public interface CategoryTable {

    /** Every category row, in the database's display order (display order, then key in the database's collation). */
    List<Row> rows();

    /** Forget what is held: the next {@link #rows()} reads the table. Called after every write of a category row. */
    void reset();

    /** A category and the project it belongs to ({@code null}: the instance's categories). Immutable. */
    record Row(Category category, String projectKey) {
    }

    /** No holder: every {@link #rows()} reads the table, as before issue 13's round 3. */
    static CategoryTable readingEveryTime(com.atlassian.activeobjects.external.ActiveObjects ao) {
        return new CategoryTable() {
            @Override
            public List<Row> rows() {
                return AoCategoryRepository.readRows(ao);
            }

            @Override
            public void reset() {
                // nothing held
            }
        };
    }
}
