package com.gluework.ao.entity;

import net.java.ao.Entity;
import net.java.ao.schema.Indexed;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.Table;

/**
 * One view of someone's evidence packet by someone else: the audit log the person reads. Rows are only ever inserted;
 * the period is stored as ISO days like {@code OCCURRED_ON}, so it sorts and compares the same on every database.
 */
@Table("PACKET_VIEW")
public interface PacketViewEntity extends Entity {

    @NotNull
    @Indexed
    String getPersonKey();

    void setPersonKey(String personKey);

    @NotNull
    String getViewerKey();

    void setViewerKey(String viewerKey);

    @NotNull
    String getPeriodFrom();

    void setPeriodFrom(String isoDay);

    @NotNull
    String getPeriodTo();

    void setPeriodTo(String isoDay);

    @NotNull
    long getViewedAtMillis();

    void setViewedAtMillis(long epochMillis);
}
