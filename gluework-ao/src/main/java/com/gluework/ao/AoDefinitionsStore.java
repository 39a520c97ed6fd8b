package com.gluework.ao;

import com.atlassian.activeobjects.external.ActiveObjects;
import com.gluework.ao.entity.CategoryEntity;
import com.gluework.ao.entity.DefinitionChangeEntity;
import com.gluework.ao.entity.RubricDimensionEntity;
import com.gluework.ao.entity.SettingEntity;
import com.gluework.core.error.ConflictException;
import com.gluework.core.error.NotFoundException;
import com.gluework.core.model.Category;
import com.gluework.core.model.DefinitionChange;
import com.gluework.core.model.GlueSettings;
import com.gluework.core.model.RubricDimension;
import com.gluework.core.model.Versioned;
import com.gluework.core.port.DefinitionsRepository;
import jakarta.inject.Inject;
import net.java.ao.Query;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * The definitions in Active Objects, with version claims the database enforces.
 * <p>
 * Every write runs in one transaction and starts, for each row it changes, by inserting a
 * {@link DefinitionChangeEntity} whose unique {@code CHANGE_KEY} names the row and the version the write moves it to
 * ({@code category:review:v3}). Two writes based on the same version both pass the version check, but only one can
 * store that key — on PostgreSQL the second insert waits for the first transaction and fails once it commits — so
 * the second is refused with 409 and changes nothing. The inserted rows are also the definitions' change log.
 */
public final class AoDefinitionsStore implements DefinitionsRepository {
    private static final String CATEGORY_ORDER = "DISPLAY_ORDER ASC, CATEGORY_KEY ASC";
    private final ActiveObjects ao;
    private final CategoryTable categoryTable;

    /** Without a category holder to reset: for hosts whose category reads all go to the database. */
    public AoDefinitionsStore(ActiveObjects ao) {
        this(ao, CategoryTable.readingEveryTime(ao));
    }

    /** @param categoryTable reset after every write of a category row, once its transaction has ended */
    @Inject
    public AoDefinitionsStore(ActiveObjects ao, CategoryTable categoryTable) {
        this.ao = ao;
        this.categoryTable = categoryTable;
    }

    @Override
    public List<Versioned<Category>> categories(Optional<String> projectKey) {
        Query query = projectKey.isPresent()
                ? Query.select().where("PROJECT_KEY = ?", projectKey.get()).order(CATEGORY_ORDER)
                : Query.select().where("PROJECT_KEY IS NULL").order(CATEGORY_ORDER);
        return Arrays.stream(ao.find(CategoryEntity.class, query))
                .map(row -> new Versioned<>(toCategory(row), row.getRowVersion())).toList();
    }

    @Override
    public Optional<String> projectOf(String categoryKey) {
        return Optional.ofNullable(categoryRow(categoryKey).getProjectKey());
    }

    @Override
    public Versioned<Category> addCategory(Category category, Optional<String> projectKey, DefinitionChange change) {
        return resettingCategories(() -> claiming(() -> new ConflictException("key", "A category with the key " + category.key() + " exists already."),
                () -> ao.executeInTransaction(() -> {
                    if (ao.count(CategoryEntity.class, "CATEGORY_KEY = ?", category.key()) > 0) {
                        throw new ConflictException("key", "A category with the key " + category.key() + " exists already.");
                    }
                    claim(categorySubject(category.key()), 1, change);
                    Map<String, Object> row = new HashMap<>();
                    row.put("CATEGORY_KEY", category.key());
                    row.put("ROW_VERSION", 1);
                    row.put("ACTIVE", category.active());
                    row.put("DISPLAY_ORDER", category.order());
                    row.put("DISPLAY_NAME", category.name());
                    projectKey.ifPresent(project -> row.put("PROJECT_KEY", project));
                    CategoryEntity created = ao.create(CategoryEntity.class, row);
                    write(created, category);
                    created.save();
                    return new Versioned<>(toCategory(created), 1);
                })));
    }

    @Override
    public List<Versioned<Category>> updateCategories(List<Versioned<Category>> updates, DefinitionChange change) {
        return resettingCategories(() -> claiming(AoDefinitionsStore::staleCategory, () -> ao.executeInTransaction(() -> {
            List<Versioned<Category>> stored = new ArrayList<>();
            for (Versioned<Category> update : updates) {
                CategoryEntity row = categoryRow(update.value().key());
                if (row.getRowVersion() != update.version()) {
                    throw staleCategory();
                }
                int next = row.getRowVersion() + 1;
                claim(categorySubject(row.getCategoryKey()), next, change);
                write(row, update.value());
                row.setRowVersion(next);
                row.save();
                stored.add(new Versioned<>(toCategory(row), next));
            }
            return stored;
        })));
    }

    @Override
    public List<Versioned<RubricDimension>> rubric() {
        return Arrays.stream(ao.find(RubricDimensionEntity.class, Query.select().order("DISPLAY_ORDER ASC, DIMENSION_NAME ASC")))
                .map(row -> new Versioned<>(toDimension(row), row.getRowVersion())).toList();
    }

    @Override
    public Versioned<RubricDimension> addDimension(RubricDimension dimension, DefinitionChange change) {
        return claiming(() -> nameTaken(dimension.name()), () -> ao.executeInTransaction(() -> {
            if (ao.count(RubricDimensionEntity.class, "DIMENSION_NAME = ?", dimension.name()) > 0) {
                throw nameTaken(dimension.name());
            }
            Map<String, Object> row = new HashMap<>();
            row.put("DIMENSION_NAME", dimension.name());
            row.put("DISPLAY_ORDER", dimension.order());
            row.put("ROW_VERSION", 1);
            RubricDimensionEntity created = ao.create(RubricDimensionEntity.class, row);
            claim(dimensionSubject(created.getID()), 1, change);
            write(created, dimension);
            created.save();
            return new Versioned<>(toDimension(created), 1);
        }));
    }

    @Override
    public Versioned<RubricDimension> updateDimension(String currentName, Versioned<RubricDimension> update,
                                                      DefinitionChange change) {
        RubricDimension edited = update.value();
        // A rename moves its categories with it.
        return resettingCategories(() -> claiming(AoDefinitionsStore::staleDimension, () -> ao.executeInTransaction(() -> {
            RubricDimensionEntity row = Arrays.stream(ao.find(RubricDimensionEntity.class,
                            Query.select().where("DIMENSION_NAME = ?", currentName))).findFirst()
                    .orElseThrow(() -> new NotFoundException("name", "There is no rubric dimension " + currentName + "."));
            if (row.getRowVersion() != update.version()) {
                throw staleDimension();
            }
            boolean renamed = !edited.name().equals(currentName);
            if (renamed && ao.count(RubricDimensionEntity.class, "DIMENSION_NAME = ?", edited.name()) > 0) {
                throw nameTaken(edited.name());
            }
            int next = row.getRowVersion() + 1;
            // Keyed by the row's id, which a rename does not change.
            claim(dimensionSubject(row.getID()), next, change);
            if (renamed) {
                // Its categories move with it, each as a claimed change, so an edit of one based on the old name is stale.
                for (CategoryEntity category : ao.find(CategoryEntity.class, Query.select().where("RUBRIC_DIMENSION = ?", currentName))) {
                    int categoryNext = category.getRowVersion() + 1;
                    claim(categorySubject(category.getCategoryKey()), categoryNext, change);
                    category.setRubricDimension(edited.name());
                    category.setRowVersion(categoryNext);
                    category.save();
                }
            }
            write(row, edited);
            row.setRowVersion(next);
            row.save();
            return new Versioned<>(toDimension(row), next);
        })));
    }

    /**
     * Runs a write of category rows, then resets the {@link CategoryTable} whatever the outcome: after the transaction
     * has ended, so that no read can put back the rows as they were before the commit (a rolled-back write makes the
     * reset merely unneeded).
     */
    private <T> T resettingCategories(Supplier<T> write) {
        try {
            return write.get();
        } finally {
            categoryTable.reset();
        }
    }

    @Override
    public Versioned<GlueSettings> settings() {
        SettingEntity hero = settingRow(GlueSettings.HERO_THRESHOLD_KEY);
        SettingEntity group = settingRow(GlueSettings.LEAD_GROUP_KEY);
        int percent = hero == null ? GlueSettings.DEFAULT_HERO_THRESHOLD_PERCENT : parsePercent(hero.getSettingValue());
        String leadGroup = group == null || group.getSettingValue() == null ? "" : group.getSettingValue();
        return new Versioned<>(new GlueSettings(percent, leadGroup), hero == null ? 0 : hero.getRowVersion());
    }

    @Override
    public Versioned<GlueSettings> updateSettings(Versioned<GlueSettings> update, DefinitionChange change) {
        return claiming(AoDefinitionsStore::staleSettings, () -> ao.executeInTransaction(() -> {
            // The hero threshold's row carries the settings' version; the lead group's row follows it.
            int current = settings().version();
            if (current != update.version()) {
                throw staleSettings();
            }
            int next = current + 1;
            claim("settings", next, change);
            storeSetting(GlueSettings.HERO_THRESHOLD_KEY, String.valueOf(update.value().heroThresholdPercent()), next);
            storeSetting(GlueSettings.LEAD_GROUP_KEY, update.value().leadGroup(), next);
            return new Versioned<>(update.value(), next);
        }));
    }

    private void storeSetting(String key, String value, int version) {
        SettingEntity row = settingRow(key);
        if (row == null) {
            Map<String, Object> values = new HashMap<>();
            values.put("SETTING_KEY", key);
            values.put("SETTING_VALUE", value);
            values.put("ROW_VERSION", version);
            ao.create(SettingEntity.class, values);
        } else {
            row.setSettingValue(value);
            row.setRowVersion(version);
            row.save();
        }
    }

    private SettingEntity settingRow(String key) {
        SettingEntity[] rows = ao.find(SettingEntity.class, Query.select().where("SETTING_KEY = ?", key));
        return rows.length == 0 ? null : rows[0];
    }

    /** A stored percentage that is not one (edited by hand in the database) reads as the default, not as a failure. */
    private static int parsePercent(String text) {
        try {
            int percent = Integer.parseInt(text == null ? "" : text.strip());
            return percent >= 1 && percent <= 100 ? percent : GlueSettings.DEFAULT_HERO_THRESHOLD_PERCENT;
        } catch (NumberFormatException e) {
            return GlueSettings.DEFAULT_HERO_THRESHOLD_PERCENT;
        }
    }

    /** The first write for each row a change touches: see the class comment. */
    private void claim(String subject, int version, DefinitionChange change) {
        Map<String, Object> row = new HashMap<>();
        row.put("CHANGE_KEY", subject + ":v" + version);
        row.put("SUBJECT", subject);
        row.put("ACTOR_KEY", change.actorKey());
        row.put("CHANGED_AT_MILLIS", change.at().toEpochMilli());
        row.put("DETAIL", change.detail());
        ao.create(DefinitionChangeEntity.class, row);
    }

    /** A unique key refused one of our inserts: another transaction claimed the same version (or key) first. */
    private static <T> T claiming(Supplier<ConflictException> conflict, Supplier<T> write) {
        try {
            return write.get();
        } catch (ConflictException | NotFoundException e) {
            throw e;
        } catch (RuntimeException e) {
            if (UniqueViolations.isUniqueViolation(e)) {
                throw conflict.get();
            }
            throw e;
        }
    }

    private CategoryEntity categoryRow(String key) {
        return Arrays.stream(ao.find(CategoryEntity.class, Query.select().where("CATEGORY_KEY = ?", key))).findFirst()
                .orElseThrow(() -> new NotFoundException("key", "There is no category " + key + "."));
    }

    private static void write(CategoryEntity row, Category category) {
        row.setDisplayName(category.name());
        row.setDefinition(category.definition());
        row.setExamples(category.examples());
        row.setRubricDimension(category.rubricDimension());
        row.setActive(category.active());
        row.setDisplayOrder(category.order());
    }

    private static void write(RubricDimensionEntity row, RubricDimension dimension) {
        row.setDimensionName(dimension.name());
        row.setSeniorIc(dimension.seniorIc());
        row.setStaff(dimension.staff());
        row.setManager(dimension.manager());
        row.setDisplayOrder(dimension.order());
    }

    static Category toCategory(CategoryEntity row) {
        return new Category(row.getCategoryKey(), row.getDisplayName(), row.getDefinition(), row.getExamples(),
                row.getRubricDimension(), row.isActive(), row.getDisplayOrder());
    }

    private static RubricDimension toDimension(RubricDimensionEntity row) {
        return new RubricDimension(row.getDimensionName(), row.getSeniorIc(), row.getStaff(), row.getManager(),
                row.getDisplayOrder());
    }

    private static String categorySubject(String key) {
        return "category:" + key;
    }

    private static String dimensionSubject(int id) {
        return "dimension:" + id;
    }

    private static ConflictException staleCategory() {
        return new ConflictException("version", "Someone else changed this category since you opened it. Reload to see their change.");
    }

    private static ConflictException staleDimension() {
        return new ConflictException("version", "Someone else changed this rubric dimension since you opened it. Reload to see their change.");
    }

    private static ConflictException staleSettings() {
        return new ConflictException("version", "Someone else changed the settings since you opened them. Reload to see their change.");
    }

    private static ConflictException nameTaken(String name) {
        return new ConflictException("name", "A rubric dimension named " + name + " exists already.");
    }
}
