package com.gluework.core.port;

import com.gluework.core.model.Category;

import java.util.List;
import java.util.Optional;

/** The team's glue categories, in display order. */
public interface CategoryRepository {

    /** Every category, active or not, ordered by {@link Category#order()}. */
    List<Category> findAll();

    Optional<Category> findByKey(String key);
}
