package com.gluework.ao.entity;

import net.java.ao.Entity;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.StringLength;
import net.java.ao.schema.Table;
import net.java.ao.schema.Unique;

/**
 * A career-rubric dimension and what glue looks like along it at each level. Categories refer to it by
 * {@code DIMENSION_NAME}, which is unique.
 */
@Table("RUBRIC_DIMENSION")
public interface RubricDimensionEntity extends Entity {

    @NotNull
    @Unique
    String getDimensionName();

    void setDimensionName(String name);

    @StringLength(StringLength.MAX_LENGTH)
    String getSeniorIc();

    void setSeniorIc(String text);

    @StringLength(StringLength.MAX_LENGTH)
    String getStaff();

    void setStaff(String text);

    @StringLength(StringLength.MAX_LENGTH)
    String getManager();

    void setManager(String text);

    @NotNull
    int getDisplayOrder();

    void setDisplayOrder(int displayOrder);

    @NotNull
    int getRowVersion();

    void setRowVersion(int version);
}
