package com.gluework.core.model;

import java.util.Objects;

/**
 * A kind of glue work the team agreed counts. Categories are data, not code: admins edit them, and each maps
 * to the career-rubric dimension it is evidence for.
 */
public record Category(String key, String name, String definition, String examples, String rubricDimension,
                       boolean active, int order) {
    public Category {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(name, "name");
        definition = definition == null ? "" : definition;
        examples = examples == null ? "" : examples;
        rubricDimension = rubricDimension == null ? "" : rubricDimension;
    }

    /**
     * A category key that is no longer defined (deleted by an admin) but still has glue recorded under it: named by its
     * key, inactive, and ordered after every defined category.
     */
    public static Category unknown(String key) {
        return new Category(key, key, "", "", "", false, Integer.MAX_VALUE);
    }
}
