package com.gluework.core.career;

import com.gluework.core.model.Category;

import java.util.Objects;

/**
 * How much of a person's glue in a period falls in one category.
 *
 * @param percent whole percent; the shares of one timeline add up to exactly 100 (largest remainder), so a reader
 *                adding them up never finds 99 or 101
 */
public record CategoryShare(Category category, int count, int percent) {
    public CategoryShare {
        Objects.requireNonNull(category, "category");
    }
}
