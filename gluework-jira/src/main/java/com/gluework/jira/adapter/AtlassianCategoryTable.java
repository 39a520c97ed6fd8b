package com.gluework.jira.adapter;

import com.atlassian.activeobjects.external.ActiveObjects;
import com.atlassian.cache.CacheManager;
import com.atlassian.cache.CacheSettingsBuilder;
import com.atlassian.cache.CachedReference;
import com.gluework.ao.AoCategoryRepository;
import com.gluework.ao.CategoryTable;

import java.util.List;

/**
 * The categories held in an Atlassian Cache reference that every node of a Data Center cluster resets together
 * ({@code replicateViaInvalidation}: each node keeps the rows it read, and a reset on one node drops them on all).
 * WHY: the issue panel read the categories with a statement on every render (issue 13); they change only when an
 * administrator edits the definitions, and {@code AoDefinitionsStore} resets this after every such write.
 * <p>
 * The rows are reset when this component is created, i.e. when the plugin starts or is upgraded: a cache outlives a
 * plugin reload (atlassian-cache's {@code CacheFactory} javadoc), and the new version's upgrade tasks may write
 * categories. Those tasks run when Active Objects starts for the new plugin instance, which every read through it waits
 * for, so the first read after the reset sees their rows. The reference holds only a weak reference to its supplier
 * (ibid.), so this component keeps the reference for its whole life.
 */
public final class AtlassianCategoryTable implements CategoryTable {
    /** Named after this class, as Atlassian's guidance for plugin caches asks: unique within the product. */
    static final String CACHE_NAME = AtlassianCategoryTable.class.getName() + ".rows";

    private final CachedReference<List<Row>> rows;

    public AtlassianCategoryTable(CacheManager cacheManager, ActiveObjects ao) {
        this.rows = cacheManager.getCachedReference(CACHE_NAME, () -> AoCategoryRepository.readRows(ao),
                new CacheSettingsBuilder().replicateViaInvalidation().build());
        this.rows.reset();
    }

    @Override
    public List<Row> rows() {
        return rows.get();
    }

    @Override
    public void reset() {
        rows.reset();
    }
}
