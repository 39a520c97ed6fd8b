package com.gluework.ao.entity;

import net.java.ao.Entity;
import net.java.ao.schema.Indexed;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.StringLength;
import net.java.ao.schema.Table;
import net.java.ao.schema.Unique;

/**
 * One entry of a contribution's change history (who, when, what kind); its field values are
 * {@link ChangeFieldEntity} rows. Written in the same transaction as the change it describes and never updated.
 * <p>
 * {@link #getChangeKey()} is how the database, not the code, refuses a lost update: AO can neither run a conditional
 * {@code UPDATE ... WHERE ROW_VERSION = ?} nor lock a row, but a unique column works on every database it supports.
 * An edit, retire or restore that produces version <i>n</i> of contribution <i>c</i> stores {@code c:vn}; of two
 * concurrent changes based on the same version, the second one's insert fails and its transaction rolls back. A
 * corroboration event stores {@code c:ck:userKey}, <i>k</i> counting that person's corroboration events on <i>c</i>,
 * so a double-clicked withdraw or re-corroborate cannot be stored twice either. An edit that withdraws corroborations
 * stores, for each, {@code c:vn:w:userKey} (the edit's own version key, then the corroborator's).
 */
@Table("CONTRIB_CHANGE")
public interface ChangeEntity extends Entity {

    @NotNull
    @Indexed
    int getContributionId();

    void setContributionId(int contributionId);

    @NotNull
    String getActorKey();

    void setActorKey(String userKey);

    @NotNull
    long getChangedAtMillis();

    void setChangedAtMillis(long epochMillis);

    @NotNull
    @StringLength(30)
    String getChangeKind();

    void setChangeKind(String kind);

    /** 450 characters keep the unique index within SQL Server's 900-byte limit; a user key has at most 255. */
    @NotNull
    @Unique
    @StringLength(StringLength.MAX_LENGTH)
    String getChangeKey();

    void setChangeKey(String changeKey);
}
