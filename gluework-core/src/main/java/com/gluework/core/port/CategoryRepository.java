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

    /**
     * {@link #findAll()} and {@link #findApplicable(String)} together, for a view that names any stored category and
     * offers the project's set (the issue panel). WHY: a store can answer both from one read instead of two or three
     * statements; the lists are exactly what the two methods return.
     */
    default AllAndApplicable findAllAndApplicable(String projectKey) {
        return new AllAndApplicable(findAll(), findApplicable(projectKey));
    }

    /** What {@link #findAll()} and {@link #findApplicable(String)} return, read together. */
    record AllAndApplicable(List<Category> all, List<Category> applicable) {
        public AllAndApplicable {
            all = List.copyOf(all);
            applicable = List.copyOf(applicable);
        }
    }
}
