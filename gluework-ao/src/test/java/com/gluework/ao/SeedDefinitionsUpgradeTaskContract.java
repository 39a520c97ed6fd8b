package com.gluework.ao;

import com.atlassian.activeobjects.external.ActiveObjects;
import com.atlassian.activeobjects.external.ActiveObjectsUpgradeTask;
import com.atlassian.activeobjects.external.ModelVersion;
import com.gluework.ao.entity.CategoryEntity;
import com.gluework.ao.entity.RubricDimensionEntity;
import com.gluework.ao.entity.SettingEntity;
import com.gluework.ao.testing.EntityManagerActiveObjects;
import com.gluework.ao.upgrade.ModelUpgrades;
import com.gluework.ao.upgrade.SeedDefinitionsUpgradeTask;
import com.gluework.core.model.Category;
import com.gluework.core.model.DefaultCategories;
import com.gluework.core.model.DefaultRubric;
import com.gluework.core.model.GlueSettings;
import com.gluework.core.model.RubricDimension;
import net.java.ao.EntityManager;
import net.java.ao.Query;
import org.junit.Before;
import org.junit.Test;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

/**
 * The versioned seeding of the definitions, on real Active Objects; subclasses pick the database (H2, PostgreSQL) with
 * the AO runner's annotations. The runner creates the tables and rolls each test back.
 */
public abstract class SeedDefinitionsUpgradeTaskContract {
    /** Injected by {@code ActiveObjectsJUnitRunner}. */
    private EntityManager entityManager;
    private ActiveObjects ao;

    @Before
    public void wrap() {
        ao = new EntityManagerActiveObjects(entityManager);
    }

    @Test
    public void categories_beforeTheUpgrade_shouldBeEmpty_becauseReadsNoLongerSeed() {
        assertEquals(List.of(), new AoCategoryRepository(ao).findAll());
        assertTrue(new AoCategoryRepository(ao).findByKey("review").isEmpty());
        assertEquals(0, ao.count(CategoryEntity.class));
    }

    @Test
    public void upgrade_onEmptyStore_shouldStoreTheDefaultCategoriesRubricAndSettings() {
        // when
        new SeedDefinitionsUpgradeTask().upgrade(ModelVersion.valueOf(null), ao);

        // then
        assertEquals(DefaultCategories.all().stream().sorted(Comparator.comparingInt(Category::order)).toList(),
                new AoCategoryRepository(ao).findAll());
        assertEquals(DefaultRubric.all(), rubric());
        assertEquals(String.valueOf(GlueSettings.DEFAULT_HERO_THRESHOLD_PERCENT), setting(GlueSettings.HERO_THRESHOLD_KEY));
    }

    @Test
    public void upgrade_runTwice_shouldStoreEachDefinitionOnce() {
        // when
        new SeedDefinitionsUpgradeTask().upgrade(ModelVersion.valueOf(null), ao);
        new SeedDefinitionsUpgradeTask().upgrade(ModelVersion.valueOf(null), ao);

        // then
        assertEquals(DefaultCategories.all().size(), ao.count(CategoryEntity.class));
        assertEquals(DefaultRubric.all().size(), ao.count(RubricDimensionEntity.class));
        assertEquals(1, ao.count(SettingEntity.class, "SETTING_KEY = ?", GlueSettings.HERO_THRESHOLD_KEY));
    }

    @Test
    public void upgrade_againAfterAnAdminRenamedAndDeactivatedACategory_shouldKeepTheAdminsVersion() {
        // given
        new SeedDefinitionsUpgradeTask().upgrade(ModelVersion.valueOf(null), ao);
        CategoryEntity review = ao.find(CategoryEntity.class, Query.select().where("CATEGORY_KEY = ?", "review"))[0];
        review.setDisplayName("Deep review");
        review.setActive(false);
        review.save();
        SettingEntity hero = ao.find(SettingEntity.class, Query.select().where("SETTING_KEY = ?", GlueSettings.HERO_THRESHOLD_KEY))[0];
        hero.setSettingValue("55");
        hero.save();

        // when
        new SeedDefinitionsUpgradeTask().upgrade(ModelVersion.valueOf("0"), ao);

        // then
        Category found = new AoCategoryRepository(ao).findByKey("review").orElseThrow();
        assertEquals("Deep review", found.name());
        assertFalse(found.active());
        assertEquals("55", setting(GlueSettings.HERO_THRESHOLD_KEY));
        assertEquals(DefaultCategories.all().size(), ao.count(CategoryEntity.class));
    }

    @Test
    public void upgrade_onAStoreWithSomeCategories_shouldAddOnlyTheMissingOnes() {
        // given: a store an earlier build seeded only partly, with an admin's own category
        new SeedDefinitionsUpgradeTask().upgrade(ModelVersion.valueOf(null), ao);
        CategoryEntity quality = ao.find(CategoryEntity.class, Query.select().where("CATEGORY_KEY = ?", "quality"))[0];
        quality.setCategoryKey("our-own");
        quality.save();

        // when
        new SeedDefinitionsUpgradeTask().upgrade(ModelVersion.valueOf("0"), ao);

        // then
        assertEquals(DefaultCategories.all().size() + 1, ao.count(CategoryEntity.class));
        assertTrue(new AoCategoryRepository(ao).findByKey("quality").isPresent());
        assertTrue(new AoCategoryRepository(ao).findByKey("our-own").isPresent());
    }

    @Test
    public void modelUpgrades_runTwice_shouldRunTheSeedOnceAndStoreItsVersion() {
        // given
        List<String> ran = new ArrayList<>();
        ActiveObjectsUpgradeTask counted = recording(new SeedDefinitionsUpgradeTask(), ran);

        // when
        ModelVersion first = ModelUpgrades.run(ao, List.of(counted));
        ModelVersion second = ModelUpgrades.run(ao, List.of(counted));

        // then
        assertEquals(List.of("0->1"), ran);
        assertTrue(first.isSame(ModelVersion.valueOf("1")));
        assertTrue(second.isSame(ModelVersion.valueOf("1")));
        assertTrue(ModelUpgrades.storedVersion(ao).isSame(ModelVersion.valueOf("1")));
        assertEquals(DefaultCategories.all().size(), ao.count(CategoryEntity.class));
    }

    @Test
    public void modelUpgrades_run_shouldRunNewerTasksInVersionOrderFromTheStoredVersion() {
        // given: version 1 is stored; tasks 3 and 2 are new, listed out of order
        List<String> ran = new ArrayList<>();
        ModelUpgrades.run(ao, List.of(new SeedDefinitionsUpgradeTask()));

        // when
        ModelUpgrades.run(ao, List.of(recording(noop("3"), ran), recording(new SeedDefinitionsUpgradeTask(), ran),
                recording(noop("2"), ran)));

        // then
        assertEquals(List.of("1->2", "2->3"), ran);
        assertTrue(ModelUpgrades.storedVersion(ao).isSame(ModelVersion.valueOf("3")));
    }

    @Test
    public void allUpgradeTasks_shouldBeTheSeedAtVersionOne() {
        List<ActiveObjectsUpgradeTask> tasks = ModelUpgrades.tasks();
        assertEquals(1, tasks.size());
        assertTrue(tasks.get(0).getModelVersion().isSame(ModelVersion.valueOf(SeedDefinitionsUpgradeTask.MODEL_VERSION)));
    }

    private List<RubricDimension> rubric() {
        return Arrays.stream(ao.find(RubricDimensionEntity.class, Query.select().order("DISPLAY_ORDER ASC")))
                .map(r -> new RubricDimension(r.getDimensionName(), r.getSeniorIc(), r.getStaff(), r.getManager(), r.getDisplayOrder()))
                .toList();
    }

    private String setting(String key) {
        return ao.find(SettingEntity.class, Query.select().where("SETTING_KEY = ?", key))[0].getSettingValue();
    }

    private static ActiveObjectsUpgradeTask noop(String version) {
        return new ActiveObjectsUpgradeTask() {
            @Override
            public ModelVersion getModelVersion() {
                return ModelVersion.valueOf(version);
            }

            @Override
            public void upgrade(ModelVersion currentVersion, ActiveObjects activeObjects) {
            }
        };
    }

    private static ActiveObjectsUpgradeTask recording(ActiveObjectsUpgradeTask task, List<String> ran) {
        return new ActiveObjectsUpgradeTask() {
            @Override
            public ModelVersion getModelVersion() {
                return task.getModelVersion();
            }

            @Override
            public void upgrade(ModelVersion currentVersion, ActiveObjects activeObjects) {
                ran.add(currentVersion + "->" + task.getModelVersion());
                task.upgrade(currentVersion, activeObjects);
            }
        };
    }
}
