package com.gluework.ao.entity;

import net.java.ao.Entity;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.StringLength;
import net.java.ao.schema.Table;
import net.java.ao.schema.Unique;

/** A glue category as admins configure it. {@code CATEGORY_KEY} is unique, which also indexes it. */
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
}
