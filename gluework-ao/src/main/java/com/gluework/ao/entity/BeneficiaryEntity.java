package com.gluework.ao.entity;

import net.java.ao.Entity;
import net.java.ao.schema.Indexed;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.Table;

/**
 * A teammate a contribution helped, one row each so "glue that helped this person" is an indexed lookup.
 * {@code CONTRIBUTION_ID} is a plain column, not an AO relationship: an entity-typed getter would load the parent
 * lazily, row by row. Parent and children are written in one transaction and never deleted: an edit that takes a
 * beneficiary off a contribution sets {@link #getRemovedAtMillis()}.
 */
@Table("BENEFICIARY")
public interface BeneficiaryEntity extends Entity {

    @NotNull
    @Indexed
    int getContributionId();

    void setContributionId(int contributionId);

    @NotNull
    @Indexed
    String getBeneficiaryKey();

    void setBeneficiaryKey(String userKey);

    /** Position in the list the user entered; ids are not a reliable order on every database. */
    @NotNull
    int getListIndex();

    void setListIndex(int listIndex);

    /** When an edit took this person off the contribution; {@code null} while they are on it. */
    Long getRemovedAtMillis();

    void setRemovedAtMillis(Long epochMillis);
}
