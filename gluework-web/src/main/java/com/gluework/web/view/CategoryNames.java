package com.gluework.web.view;

import com.gluework.core.model.Category;

import java.util.Collection;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Category keys to display names, for rendering: contributions and history keep keys only. Built from every category,
 * retired ones included, since old glue still uses them; a key no category has any more reads as itself.
 */
public final class CategoryNames {
    private final Map<String, String> namesByKey;

    private CategoryNames(Map<String, String> namesByKey) {
        this.namesByKey = namesByKey;
    }

    public static CategoryNames of(Collection<Category> categories) {
        return new CategoryNames(categories.stream().collect(Collectors.toUnmodifiableMap(Category::key, Category::name,
                (first, duplicate) -> first)));
    }

    public String nameOf(String key) {
        return namesByKey.getOrDefault(key, key);
    }
}
