package com.gluework.ao;

import com.atlassian.activeobjects.external.ActiveObjects;
import com.gluework.ao.entity.CategoryEntity;
import com.gluework.core.model.Category;
import com.gluework.core.model.DefaultCategories;
import com.gluework.core.port.CategoryRepository;
import jakarta.inject.Inject;
import net.java.ao.Query;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Categories in Active Objects, seeded with {@link DefaultCategories} the first time they are read from an empty
 * table. Seeding is lazy because AO itself creates the tables lazily; two cluster nodes seeding at once cannot
 * duplicate a category, because {@code CATEGORY_KEY} is unique and the losing node's transaction is rolled back.
 */
public final class AoCategoryRepository implements CategoryRepository {
    private final ActiveObjects ao;
    /** Only saves a count query per read once seeding is known to be done; losing it (a restart) is harmless. */
    private volatile boolean seeded;

    @Inject
    public AoCategoryRepository(ActiveObjects ao) {
        this.ao = ao;
    }

    @Override
    public List<Category> findAll() {
        ensureSeeded();
        return Arrays.stream(ao.find(CategoryEntity.class, Query.select().order("DISPLAY_ORDER ASC, CATEGORY_KEY ASC")))
                .map(AoCategoryRepository::toCategory)
                .toList();
    }

    @Override
    public Optional<Category> findByKey(String key) {
        ensureSeeded();
        return Arrays.stream(ao.find(CategoryEntity.class, Query.select().where("CATEGORY_KEY = ?", key)))
                .map(AoCategoryRepository::toCategory)
                .findFirst();
    }

    private void ensureSeeded() {
        if (seeded) {
            return;
        }
        try {
            ao.executeInTransaction(() -> {
                if (ao.count(CategoryEntity.class) == 0) {
                    DefaultCategories.all().forEach(this::insert);
                }
                return null;
            });
        } catch (RuntimeException e) {
            if (!UniqueViolations.isUniqueViolation(e)) {
                throw e;
            }
            // Another node seeded the table between our count and our insert; its rows are the seed.
        }
        seeded = true;
    }

    private void insert(Category category) {
        Map<String, Object> row = new HashMap<>();
        row.put("CATEGORY_KEY", category.key());
        row.put("DISPLAY_NAME", category.name());
        row.put("DEFINITION", category.definition());
        row.put("EXAMPLES", category.examples());
        row.put("RUBRIC_DIMENSION", category.rubricDimension());
        row.put("ACTIVE", category.active());
        row.put("DISPLAY_ORDER", category.order());
        ao.create(CategoryEntity.class, row);
    }

    private static Category toCategory(CategoryEntity row) {
        return new Category(row.getCategoryKey(), row.getDisplayName(), row.getDefinition(), row.getExamples(),
                row.getRubricDimension(), row.isActive(), row.getDisplayOrder());
    }
}
