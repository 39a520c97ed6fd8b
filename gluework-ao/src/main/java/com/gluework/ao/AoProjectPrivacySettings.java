package com.gluework.ao;

import com.atlassian.activeobjects.external.ActiveObjects;
import com.gluework.ao.entity.ProjectPrivacyEntity;
import com.gluework.core.privacy.PerPersonVisibility;
import com.gluework.core.privacy.ProjectPrivacySettings;
import jakarta.inject.Inject;
import net.java.ao.Query;

import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Projects' privacy settings in Active Objects: one row per project that left the default. A save updates the row or
 * creates it; when two first saves race, the unique {@code PROJECT_ID} refuses the second insert and that save is
 * retried as an update, so the last save wins and no project ever has two rows.
 */
public final class AoProjectPrivacySettings implements ProjectPrivacySettings {
    private final ActiveObjects ao;

    @Inject
    public AoProjectPrivacySettings(ActiveObjects ao) {
        this.ao = ao;
    }

    @Override
    public PerPersonVisibility perPersonVisibility(long projectId) {
        return row(projectId).map(r -> PerPersonVisibility.valueOf(r.getFiguresVisibleTo())).orElse(PerPersonVisibility.EVERYONE);
    }

    @Override
    public void setPerPersonVisibility(long projectId, PerPersonVisibility visibility, String changedByKey, Instant at) {
        try {
            save(projectId, visibility, changedByKey, at);
        } catch (RuntimeException e) {
            if (!UniqueViolations.isUniqueViolation(e)) {
                throw e;
            }
            save(projectId, visibility, changedByKey, at); // the other save created the row: update it
        }
    }

    private void save(long projectId, PerPersonVisibility visibility, String changedByKey, Instant at) {
        ao.executeInTransaction(() -> {
            Optional<ProjectPrivacyEntity> existing = row(projectId);
            if (existing.isPresent()) {
                ProjectPrivacyEntity row = existing.get();
                row.setFiguresVisibleTo(visibility.name());
                row.setChangedByKey(changedByKey);
                row.setChangedAtMillis(at.toEpochMilli());
                row.save();
                return row;
            }
            Map<String, Object> row = new HashMap<>();
            row.put("PROJECT_ID", projectId);
            row.put("FIGURES_VISIBLE_TO", visibility.name());
            row.put("CHANGED_BY_KEY", changedByKey);
            row.put("CHANGED_AT_MILLIS", at.toEpochMilli());
            return ao.create(ProjectPrivacyEntity.class, row);
        });
    }

    private Optional<ProjectPrivacyEntity> row(long projectId) {
        ProjectPrivacyEntity[] rows = ao.find(ProjectPrivacyEntity.class, Query.select().where("PROJECT_ID = ?", projectId));
        return rows.length == 0 ? Optional.empty() : Optional.of(rows[0]);
    }
}
