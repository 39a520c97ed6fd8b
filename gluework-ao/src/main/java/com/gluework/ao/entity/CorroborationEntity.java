package com.gluework.ao.entity;

import net.java.ao.Entity;
import net.java.ao.schema.Indexed;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.StringLength;
import net.java.ao.schema.Table;
import net.java.ao.schema.Unique;

/**
 * A peer's corroboration of a contribution. AO has no composite unique constraints, so "one corroboration per
 * contribution and person" is enforced by the database through {@link #getContributionCorroborator()}, a single
 * unique column holding {@code <contributionId>:<userKey>}; a concurrent double click on two cluster nodes cannot
 * store two rows. Withdrawing sets {@link #getWithdrawnAtMillis()} instead of deleting the row, and corroborating again
 * clears it: the same row, so the unique value stays valid.
 */
@Table("CORROB")
public interface CorroborationEntity extends Entity {

    @NotNull
    @Indexed
    int getContributionId();

    void setContributionId(int contributionId);

    @NotNull
    @Indexed
    String getCorroboratorKey();

    void setCorroboratorKey(String userKey);

    /** Up to 1,000 code points (2,000 UTF-16 units): more than AO's 450-character VARCHAR can hold. */
    @StringLength(StringLength.UNLIMITED)
    String getNote();

    void setNote(String note);

    @NotNull
    long getCreatedAtMillis();

    void setCreatedAtMillis(long epochMillis);

    /** {@code <contributionId>:<userKey>}; 450 characters keep the unique index within SQL Server's 900-byte limit. */
    @NotNull
    @Unique
    @StringLength(StringLength.MAX_LENGTH)
    String getContributionCorroborator();

    void setContributionCorroborator(String contributionAndUserKey);

    /** When its author withdrew it; {@code null} while it counts. Nullable, so rows inserted without it stay active. */
    Long getWithdrawnAtMillis();

    void setWithdrawnAtMillis(Long epochMillis);
}
