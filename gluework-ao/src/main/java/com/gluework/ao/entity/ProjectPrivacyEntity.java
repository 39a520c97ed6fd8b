package com.gluework.ao.entity;

import net.java.ao.Entity;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.StringLength;
import net.java.ao.schema.Table;
import net.java.ao.schema.Unique;

/**
 * A project's privacy choices (issue 11): who sees per-person figures in the sprint report. One row per project that
 * ever changed the default, by project id (a project key can be renamed); {@code PROJECT_ID} is unique, so two admins
 * saving at once cannot create two rows. {@code CHANGED_BY_KEY} is a registered user-key column.
 */
@Table("PROJECT_PRIVACY")
public interface ProjectPrivacyEntity extends Entity {

    @NotNull
    @Unique
    long getProjectId();

    void setProjectId(long projectId);

    @NotNull
    @StringLength(20)
    String getFiguresVisibleTo();

    void setFiguresVisibleTo(String visibility);

    @NotNull
    String getChangedByKey();

    void setChangedByKey(String userKey);

    @NotNull
    long getChangedAtMillis();

    void setChangedAtMillis(long epochMillis);
}
