package com.gluework.ao.upgrade;

import com.atlassian.activeobjects.external.ActiveObjects;
import com.atlassian.activeobjects.external.ActiveObjectsUpgradeTask;
import com.atlassian.activeobjects.external.ModelVersion;
import com.gluework.ao.GlueWorkEntities;
import com.gluework.ao.entity.SettingEntity;
import net.java.ao.Query;

import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Glue Work's upgrade tasks, and a runner for hosts that have no Active Objects plugin (the preview, benchmarks,
 * tests). In Jira and Confluence the AO plugin runs the tasks its {@code <ao>} module lists, in model-version order,
 * each once, and stores the model version itself; {@link #run} does the same here and keeps the version as a setting
 * ({@value #MODEL_VERSION_SETTING}), so a restarted preview does not run a task twice.
 * <p>
 * {@link #ALL} and the {@code <upgradeTask>} elements of each descriptor must list the same classes (a descriptor
 * check compares them).
 */
public final class ModelUpgrades {
    /** The setting under which hosts without the AO plugin keep the model version (the AO plugin keeps its own). */
    public static final String MODEL_VERSION_SETTING = "ao-model-version";

    public static final List<Class<? extends ActiveObjectsUpgradeTask>> ALL = List.of(SeedDefinitionsUpgradeTask.class);

    private ModelUpgrades() {
    }

    /** A new instance of every task in {@link #ALL}, as the AO plugin would create them. */
    public static List<ActiveObjectsUpgradeTask> tasks() {
        return ALL.stream().map(ModelUpgrades::instantiate).toList();
    }

    /**
     * Migrates the tables, then runs every task newer than the stored model version, oldest first, storing the version
     * after each.
     *
     * @return the model version the store is at now
     */
    public static ModelVersion run(ActiveObjects ao, List<ActiveObjectsUpgradeTask> tasks) {
        ao.migrate(GlueWorkEntities.array());
        ModelVersion current = storedVersion(ao);
        List<ActiveObjectsUpgradeTask> inOrder = tasks.stream()
                .sorted(Comparator.comparing(ActiveObjectsUpgradeTask::getModelVersion)).toList();
        for (ActiveObjectsUpgradeTask task : inOrder) {
            if (task.getModelVersion().isNewerThan(current)) {
                task.upgrade(current, ao);
                current = task.getModelVersion();
                store(ao, current);
            }
        }
        return current;
    }

    /** The model version stored by {@link #run}; 0 before it ever ran. */
    public static ModelVersion storedVersion(ActiveObjects ao) {
        SettingEntity[] rows = ao.find(SettingEntity.class, Query.select().where("SETTING_KEY = ?", MODEL_VERSION_SETTING));
        return ModelVersion.valueOf(rows.length == 0 ? null : rows[0].getSettingValue());
    }

    private static void store(ActiveObjects ao, ModelVersion version) {
        UniqueRetry.once(() -> ao.executeInTransaction(() -> {
            SettingEntity[] rows = ao.find(SettingEntity.class, Query.select().where("SETTING_KEY = ?", MODEL_VERSION_SETTING));
            if (rows.length == 0) {
                Map<String, Object> row = new HashMap<>();
                row.put("SETTING_KEY", MODEL_VERSION_SETTING);
                row.put("SETTING_VALUE", version.toString());
                row.put("ROW_VERSION", 1);
                ao.create(SettingEntity.class, row);
            } else if (version.isNewerThan(ModelVersion.valueOf(rows[0].getSettingValue()))) {
                rows[0].setSettingValue(version.toString());
                rows[0].setRowVersion(rows[0].getRowVersion() + 1);
                rows[0].save();
            }
            return null;
        }));
    }

    private static ActiveObjectsUpgradeTask instantiate(Class<? extends ActiveObjectsUpgradeTask> type) {
        try {
            return type.getConstructor().newInstance();
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("An upgrade task needs a public no-argument constructor: " + type.getName(), e);
        }
    }
}
