package com.gluework.core.port;

import com.gluework.core.error.ConflictException;
import com.gluework.core.error.NotFoundException;
import com.gluework.core.model.Category;
import com.gluework.core.model.DefinitionChange;
import com.gluework.core.model.GlueSettings;
import com.gluework.core.model.RubricDimension;
import com.gluework.core.model.Versioned;

import java.util.List;
import java.util.Optional;

/**
 * The definitions admins edit — categories, the rubric, the settings — with the versions their edits claim. Every
 * write is one transaction, refused whole when a version it names is stale; the store, not the caller, makes that hold
 * when two admins (or two cluster nodes) write at once. Nothing is ever deleted.
 */
public interface DefinitionsRepository {

    /**
     * Every category of one set, active or not, in display order, without falling back.
     *
     * @param projectKey the project whose own set to list; empty for the instance set
     */
    List<Versioned<Category>> categories(Optional<String> projectKey);

    /**
     * The set a category belongs to: its project, or empty for the instance set.
     *
     * @throws NotFoundException there is no category with this key
     */
    Optional<String> projectOf(String categoryKey);

    /**
     * Adds a category to a set (empty: the instance set). Keys are unique across all sets.
     *
     * @throws ConflictException a category with this key exists in any set ({@code "key"})
     */
    Versioned<Category> addCategory(Category category, Optional<String> projectKey, DefinitionChange change);

    /**
     * Stores new values for existing categories, all or none. The key of each update names the category; it never
     * changes.
     *
     * @throws NotFoundException no category has an update's key
     * @throws ConflictException an update's expected version is not the stored one ({@code "version"})
     */
    List<Versioned<Category>> updateCategories(List<Versioned<Category>> updates, DefinitionChange change);

    /** Every rubric dimension in display order. */
    List<Versioned<RubricDimension>> rubric();

    /**
     * @throws ConflictException a dimension with this name exists ({@code "name"})
     */
    Versioned<RubricDimension> addDimension(RubricDimension dimension, DefinitionChange change);

    /**
     * Stores new values for the dimension now named {@code currentName}; a new name is also given to every category
     * that maps to it, in the same transaction.
     *
     * @throws NotFoundException no dimension has that name
     * @throws ConflictException the version is stale ({@code "version"}), or the new name is taken ({@code "name"})
     */
    Versioned<RubricDimension> updateDimension(String currentName, Versioned<RubricDimension> update, DefinitionChange change);

    /** The settings; {@link GlueSettings#DEFAULTS} at version 0 for any setting never stored. */
    Versioned<GlueSettings> settings();

    /**
     * @throws ConflictException the version is stale ({@code "version"})
     */
    Versioned<GlueSettings> updateSettings(Versioned<GlueSettings> update, DefinitionChange change);
}
