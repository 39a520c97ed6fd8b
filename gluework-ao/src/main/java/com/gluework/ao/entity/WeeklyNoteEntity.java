package com.gluework.ao.entity;

import net.java.ao.Entity;
import net.java.ao.schema.Indexed;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.StringLength;
import net.java.ao.schema.Table;
import net.java.ao.schema.Unique;

/**
 * A person's weekly glue note. "One note per person and week" is enforced by the database through
 * {@link #getPersonWeek()}, a single unique column holding {@code <isoWeek>:<personKey>} (AO has no composite unique
 * constraints), so two first saves racing on two cluster nodes cannot both be stored. The week is kept as its ISO text
 * ({@code 2026-W49}), which sorts and compares as the weeks do on every database. Up to three bullets of at most 200
 * code points each (400 UTF-16 units), so each fits a portable 450-character VARCHAR.
 */
@Table("WEEKLY_NOTE")
public interface WeeklyNoteEntity extends Entity {

    @NotNull
    @Indexed
    String getPersonKey();

    void setPersonKey(String personKey);

    @NotNull
    @Indexed
    String getIsoWeek();

    void setIsoWeek(String isoWeek);

    /** {@code <isoWeek>:<personKey>}; 450 characters keep the unique index within SQL Server's 900-byte limit. */
    @NotNull
    @Unique
    @StringLength(StringLength.MAX_LENGTH)
    String getPersonWeek();

    void setPersonWeek(String weekAndPersonKey);

    @NotNull
    @StringLength(StringLength.MAX_LENGTH)
    String getBullet1();

    void setBullet1(String text);

    @StringLength(StringLength.MAX_LENGTH)
    String getBullet2();

    void setBullet2(String text);

    @StringLength(StringLength.MAX_LENGTH)
    String getBullet3();

    void setBullet3(String text);

    /** TEAM or PRIVATE. */
    @NotNull
    String getVisibility();

    void setVisibility(String visibility);

    @NotNull
    int getRowVersion();

    void setRowVersion(int version);

    @NotNull
    long getCreatedAtMillis();

    void setCreatedAtMillis(long epochMillis);

    @NotNull
    long getUpdatedAtMillis();

    void setUpdatedAtMillis(long epochMillis);
}
