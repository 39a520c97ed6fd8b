package com.gluework.ao.entity;

import net.java.ao.Entity;
import net.java.ao.schema.Indexed;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.Table;

/**
 * The audit log of personal data exports made by an administrator for someone else (issue 11): inserted before the
 * export is read, never changed; the person sees it in their own export. Both keys are registered user-key columns.
 */
@Table("DATA_EXPORT")
public interface DataExportEntity extends Entity {

    @NotNull
    @Indexed
    String getPersonKey();

    void setPersonKey(String personKey);

    @NotNull
    String getExporterKey();

    void setExporterKey(String exporterKey);

    @NotNull
    long getExportedAtMillis();

    void setExportedAtMillis(long epochMillis);
}
