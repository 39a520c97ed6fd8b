package com.gluework.ao.upgrade;

import com.atlassian.activeobjects.external.ActiveObjects;
import com.atlassian.activeobjects.external.ActiveObjectsUpgradeTask;
import com.atlassian.activeobjects.external.ModelVersion;
import com.gluework.ao.GlueWorkEntities;
import com.gluework.ao.entity.CategoryEntity;
import com.gluework.ao.entity.RubricDimensionEntity;
import com.gluework.ao.entity.SettingEntity;
import com.gluework.core.model.Category;
import com.gluework.core.model.DefaultCategories;
import com.gluework.core.model.DefaultRubric;
import com.gluework.core.model.GlueSettings;
import com.gluework.core.model.RubricDimension;

import java.util.HashMap;
import java.util.Map;

/**
 * Model version 1: the definitions a new installation starts with — {@link DefaultCategories}, {@link DefaultRubric}
 * and {@link GlueSettings#DEFAULTS} — so that every later read is a plain read.
 * <p>
 * The AO plugin runs it once, when the stored model version is older than 1. It is idempotent anyway: it inserts only
 * the categories, dimensions and settings whose keys are not stored yet, so a re-run (a second host that runs it, or an
 * installation that had the categories seeded lazily by an earlier build) adds nothing and never overwrites an admin's
 * edit. Two nodes seeding at once cannot duplicate a row, because every key is unique; the loser's transaction rolls
 * back and its second attempt finds the rows stored.
 * <p>
 * Public with a no-argument constructor: the AO plugin instantiates the classes its {@code <upgradeTask>} elements name,
 * as in public plugins' tasks (repo kadzielawa/teamer-plugin-jira: src/main/java/teamerExt/jira/webwork/upgrade/v11/
 * ProjectUpgradeTask011.java) and Atlassian's guide "Handling AO upgrade tasks"
 * (https://developer.atlassian.com/server/framework/atlassian-sdk/handling-ao-upgrade-tasks).
 */
public final class SeedDefinitionsUpgradeTask implements ActiveObjectsUpgradeTask {
    public static final String MODEL_VERSION = "1";

    @Override
    public ModelVersion getModelVersion() {
        return ModelVersion.valueOf(MODEL_VERSION);
    }

    @Override
    public void upgrade(ModelVersion currentVersion, ActiveObjects ao) {
        // The tables as this version knows them (atlassian-platform.md §3.3: migrate before using entities in a task).
        ao.migrate(GlueWorkEntities.array());
        UniqueRetry.once(() -> ao.executeInTransaction(() -> {
            DefaultCategories.all().forEach(category -> insertIfAbsent(ao, category));
            DefaultRubric.all().forEach(dimension -> insertIfAbsent(ao, dimension));
            insertIfAbsent(ao, GlueSettings.HERO_THRESHOLD_KEY, String.valueOf(GlueSettings.DEFAULTS.heroThresholdPercent()));
            insertIfAbsent(ao, GlueSettings.LEAD_GROUP_KEY, GlueSettings.DEFAULTS.leadGroup());
            return null;
        }));
    }

    private static void insertIfAbsent(ActiveObjects ao, Category category) {
        if (ao.count(CategoryEntity.class, "CATEGORY_KEY = ?", category.key()) > 0) {
            return;
        }
        Map<String, Object> row = new HashMap<>();
        row.put("CATEGORY_KEY", category.key());
        row.put("DISPLAY_NAME", category.name());
        row.put("DEFINITION", category.definition());
        row.put("EXAMPLES", category.examples());
        row.put("RUBRIC_DIMENSION", category.rubricDimension());
        row.put("ACTIVE", category.active());
        row.put("DISPLAY_ORDER", category.order());
        row.put("ROW_VERSION", 1);
        ao.create(CategoryEntity.class, row);
    }

    private static void insertIfAbsent(ActiveObjects ao, RubricDimension dimension) {
        if (ao.count(RubricDimensionEntity.class, "DIMENSION_NAME = ?", dimension.name()) > 0) {
            return;
        }
        Map<String, Object> row = new HashMap<>();
        row.put("DIMENSION_NAME", dimension.name());
        row.put("SENIOR_IC", dimension.seniorIc());
        row.put("STAFF", dimension.staff());
        row.put("MANAGER", dimension.manager());
        row.put("DISPLAY_ORDER", dimension.order());
        row.put("ROW_VERSION", 1);
        ao.create(RubricDimensionEntity.class, row);
    }

    private static void insertIfAbsent(ActiveObjects ao, String key, String value) {
        if (ao.count(SettingEntity.class, "SETTING_KEY = ?", key) > 0) {
            return;
        }
        Map<String, Object> row = new HashMap<>();
        row.put("SETTING_KEY", key);
        row.put("SETTING_VALUE", value);
        row.put("ROW_VERSION", 1);
        ao.create(SettingEntity.class, row);
    }
}
