package com.gluework.ao;

import com.atlassian.activeobjects.external.ModelVersion;
import com.gluework.ao.entity.CategoryEntity;
import com.gluework.ao.testing.EntityManagerActiveObjects;
import com.gluework.ao.upgrade.SeedDefinitionsUpgradeTask;
import com.gluework.core.model.DefaultCategories;
import com.gluework.core.port.CategoryRepository;
import net.java.ao.EntityManager;
import org.junit.Before;
import org.junit.Test;

import static org.junit.Assert.assertEquals;

/**
 * The category contract on real Active Objects, on a store the upgrade task seeded; subclasses pick the database with
 * the AO runner's annotations.
 */
public abstract class AoCategoryRepositoryContract extends CategoryRepositoryContract {
    /** Injected by {@code ActiveObjectsJUnitRunner}, inside a transaction it rolls back after each test. */
    private EntityManager entityManager;
    private AoCategoryRepository repository;

    @Before
    public void seedAndCreateRepository() {
        EntityManagerActiveObjects ao = new EntityManagerActiveObjects(entityManager);
        new SeedDefinitionsUpgradeTask().upgrade(ModelVersion.valueOf(null), ao);
        repository = new AoCategoryRepository(ao);
    }

    @Override
    protected CategoryRepository repository() {
        return repository;
    }

    @Override
    protected CategoryRepository anotherRepositoryOnSameStore() {
        return new AoCategoryRepository(new EntityManagerActiveObjects(entityManager));
    }

    @Test
    public void findAll_fromTwoInstances_shouldStoreEachDefaultCategoryOnce() throws Exception {
        // when
        repository.findAll();
        anotherRepositoryOnSameStore().findByKey("review");

        // then
        assertEquals(DefaultCategories.all().size(), entityManager.count(CategoryEntity.class));
    }
}
