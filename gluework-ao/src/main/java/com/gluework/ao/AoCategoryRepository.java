package com.gluework.ao;

import com.atlassian.activeobjects.external.ActiveObjects;
import com.gluework.ao.entity.CategoryEntity;
import com.gluework.core.model.Category;
import com.gluework.core.port.CategoryRepository;
import jakarta.inject.Inject;
import net.java.ao.Query;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * Categories in Active Objects. The defaults are stored by the versioned upgrade task
 * ({@code com.gluework.ao.upgrade.SeedDefinitionsUpgradeTask}), never here: a read is only a read, so an empty table
 * stays empty and a deactivated or renamed category is listed as the admin left it.
 */
public final class AoCategoryRepository implements CategoryRepository {
    /** What a {@link Category} is built from, and the row's project. */
    private static final String STREAMED_COLUMNS = "ID,CATEGORY_KEY,DISPLAY_NAME,DEFINITION,EXAMPLES,RUBRIC_DIMENSION,"
            + "ACTIVE,DISPLAY_ORDER,PROJECT_KEY";

    private final ActiveObjects ao;
    private final CategoryTable table;

    /** Reads the table on every call. */
    public AoCategoryRepository(ActiveObjects ao) {
        this(ao, CategoryTable.readingEveryTime(ao));
    }

    /** @param table where {@link #findAllAndApplicable} takes the rows from: the same table, possibly held in memory */
    @Inject
    public AoCategoryRepository(ActiveObjects ao, CategoryTable table) {
        this.ao = ao;
        this.table = table;
    }

    @Override
    public List<Category> findAll() {
        return Arrays.stream(ao.find(CategoryEntity.class, Query.select().order("DISPLAY_ORDER ASC, CATEGORY_KEY ASC")))
                .map(AoCategoryRepository::toCategory)
                .toList();
    }

    @Override
    public List<Category> findApplicable(String projectKey) {
        CategoryEntity[] own = projectKey == null ? new CategoryEntity[0]
                : ao.find(CategoryEntity.class, Query.select().where("PROJECT_KEY = ?", projectKey).order("DISPLAY_ORDER ASC, CATEGORY_KEY ASC"));
        CategoryEntity[] applicable = own.length > 0 ? own
                : ao.find(CategoryEntity.class, Query.select().where("PROJECT_KEY IS NULL").order("DISPLAY_ORDER ASC, CATEGORY_KEY ASC"));
        return Arrays.stream(applicable).map(AoCategoryRepository::toCategory).toList();
    }

    /**
     * One statement for what {@link #findAll()} and {@link #findApplicable(String)} read in two or three: every row,
     * in display order, split here by its project (the project's own rows if it has any, otherwise the instance set's).
     * The panel asked for both on every render, and each Active Objects {@code find} has a fixed cost in the JVM
     * (building its SQL and field list) larger than that of reading the few category rows (JFR, issue 13). For the
     * same reason the rows are streamed with named columns: no entity proxy per row, and no conversion of every
     * accessor's name to a column name on each call. The ORDER BY stays in the statement: keys that tie on display
     * order are put in the database's collation, which Java's string order does not reproduce.
     */
    /**
     * The panel's read, on every render: taken from the {@link CategoryTable} (held in memory in Jira and the preview,
     * reset by every write: no statement per render) and split here by project — the project's own rows if it has
     * any, otherwise the instance set's. The other reads stay statements: the panel needs only this one.
     */
    @Override
    public AllAndApplicable findAllAndApplicable(String projectKey) {
        List<CategoryTable.Row> rows = table.rows();
        List<Category> all = new ArrayList<>(rows.size());
        List<Category> own = new ArrayList<>();
        List<Category> instance = new ArrayList<>();
        for (CategoryTable.Row row : rows) {
            all.add(row.category());
            if (row.projectKey() == null) {
                instance.add(row.category());
            } else if (row.projectKey().equals(projectKey)) {
                own.add(row.category());
            }
        }
        return new AllAndApplicable(all, own.isEmpty() ? instance : own);
    }

    /**
     * Every row in one statement, in display order. Streamed with named columns: no entity proxy per row, and no
     * conversion of every accessor's name to a column name on each call (JFR, issue 13). The ORDER BY stays in the
     * statement: keys that tie on display order are put in the database's collation, which Java's string order does
     * not reproduce.
     */
    public static List<CategoryTable.Row> readRows(ActiveObjects ao) {
        List<CategoryTable.Row> rows = new ArrayList<>();
        ao.stream(CategoryEntity.class, NamedColumnsQuery.selecting(STREAMED_COLUMNS).order("DISPLAY_ORDER ASC, CATEGORY_KEY ASC"),
                row -> rows.add(new CategoryTable.Row(toCategory(row), row.getProjectKey())));
        return List.copyOf(rows);
    }

    @Override
    public Optional<Category> findByKey(String key) {
        return Arrays.stream(ao.find(CategoryEntity.class, Query.select().where("CATEGORY_KEY = ?", key)))
                .map(AoCategoryRepository::toCategory)
                .findFirst();
    }

    private static Category toCategory(CategoryEntity row) {
        return new Category(row.getCategoryKey(), row.getDisplayName(), row.getDefinition(), row.getExamples(),
                row.getRubricDimension(), row.isActive(), row.getDisplayOrder());
    }
}
