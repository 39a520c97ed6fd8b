package com.gluework.ao.entity;

import net.java.ao.Entity;
import net.java.ao.schema.Default;
import net.java.ao.schema.Indexed;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.StringLength;
import net.java.ao.schema.Table;
import net.java.ao.schema.Unique;

/**
 * A glue category as admins configure it. {@code CATEGORY_KEY} is unique, which also indexes it; it never changes, so
 * recorded glue keeps pointing at its category whatever the category is renamed to. {@code ROW_VERSION} counts the
 * admin changes (see {@code AoDefinitionsStore}); rows seeded before it existed read as version 1.
 */
@Table("CATEGORY")
public interface CategoryEntity extends Entity {

    @NotNull
    @Unique
    String getCategoryKey();

    void setCategoryKey(String categoryKey);

    @NotNull
    String getDisplayName();

    void setDisplayName(String displayName);

    @StringLength(StringLength.MAX_LENGTH)
    String getDefinition();

    void setDefinition(String definition);

    @StringLength(StringLength.MAX_LENGTH)
    String getExamples();

    void setExamples(String examples);

    String getRubricDimension();

    void setRubricDimension(String rubricDimension);

    @NotNull
    boolean isActive();

    void setActive(boolean active);

    @NotNull
    int getDisplayOrder();

    void setDisplayOrder(int displayOrder);

    @NotNull
    @Default("1")
    int getRowVersion();

    void setRowVersion(int version);

    /** The project whose own set this category belongs to; null for the instance set every other project uses. */
    @Indexed
    String getProjectKey();

    void setProjectKey(String projectKey);
}
