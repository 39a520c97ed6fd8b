package com.gluework.web.view;

import com.gluework.core.model.Category;

import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;

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
        // A loop into one map, not a collector into a map copied again: built on every panel render (JFR, issue 13).
        Map<String, String> names = new HashMap<>(Math.max(16, categories.size() * 2));
        for (Category category : categories) {
            names.putIfAbsent(Objects.requireNonNull(category.key()), Objects.requireNonNull(category.name()));
        }
        return new CategoryNames(Collections.unmodifiableMap(names));
    }

    public String nameOf(String key) {
        return namesByKey.getOrDefault(key, key);
    }
}
