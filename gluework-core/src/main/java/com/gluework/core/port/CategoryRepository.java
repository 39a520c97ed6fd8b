package com.gluework.core.port;

import com.gluework.core.model.Category;

import java.util.List;
import java.util.Optional;

/**
 * The glue categories, in display order: the instance set, and the sets projects define for themselves. A key is
 * unique across all sets, so recorded glue always finds its category.
 */
public interface CategoryRepository {

    /** Every category of every set, active or not, ordered by {@link Category#order()}. */
    List<Category> findAll();

    /**
     * The categories that apply on a project, active or not, in display order: the project's own set if it has one,
     * otherwise the instance set.
     */
    List<Category> findApplicable(String projectKey);

    Optional<Category> findByKey(String key);
}
