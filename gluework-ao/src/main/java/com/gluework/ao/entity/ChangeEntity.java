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
 * Every change of a stored contribution — edit, retire, restore, corroborate, withdraw a corroboration — that
 * produces version <i>n</i> of contribution <i>c</i> stores {@code c:vn}; of two concurrent changes based on the same
 * version, the second one's insert fails and its transaction rolls back. Because corroborations claim versions too, a
 * corroboration checked against version <i>n</i> and an edit or retirement of version <i>n</i> can never both be
 * stored (see {@code AoContributionRepository#claimNextVersion}). An edit that withdraws corroborations stores, for
 * each, {@code c:vn:w:userKey} (the edit's own version key, then the corroborator's).
 * <p>
 * Rows written before corroborations claimed versions (up to 0.1.0) carry {@code c:ck:userKey} keys for corroboration
 * events; they never collide with version keys and stay as they are.
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
