package com.gluework.ao.entity;

import net.java.ao.Entity;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.Table;
import net.java.ao.schema.Unique;

/**
 * One instance-wide setting (the hero threshold, the leads' group), as text under a unique key, with the version its
 * admin edits claim.
 */
@Table("SETTING")
public interface SettingEntity extends Entity {

    @NotNull
    @Unique
    String getSettingKey();

    void setSettingKey(String key);

    String getSettingValue();

    void setSettingValue(String value);

    @NotNull
    int getRowVersion();

    void setRowVersion(int version);
}
