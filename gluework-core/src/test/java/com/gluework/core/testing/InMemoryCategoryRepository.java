package com.gluework.core.testing;

import com.gluework.core.model.Category;
import com.gluework.core.model.DefaultCategories;
import com.gluework.core.port.CategoryRepository;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/** The default categories, held in memory. */
public final class InMemoryCategoryRepository implements CategoryRepository {
    private final List<Category> categories;

    public InMemoryCategoryRepository() {
        this(DefaultCategories.all());
    }

    public InMemoryCategoryRepository(List<Category> categories) {
        this.categories = categories.stream().sorted(Comparator.comparingInt(Category::order)).toList();
    }

    @Override
    public List<Category> findAll() {
        return categories;
    }

    /** No project has a set of its own here: every project uses all categories. */
    @Override
    public List<Category> findApplicable(String projectKey) {
        return categories;
    }

    @Override
    public Optional<Category> findByKey(String key) {
        return categories.stream().filter(c -> c.key().equals(key)).findFirst();
    }
}
