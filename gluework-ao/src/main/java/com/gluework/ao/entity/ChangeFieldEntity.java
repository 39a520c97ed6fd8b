package com.gluework.ao.entity;

import net.java.ao.Entity;
import net.java.ao.schema.Indexed;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.StringLength;
import net.java.ao.schema.Table;

/**
 * One field's value before and after one {@link ChangeEntity}. It repeats the contribution id so a whole history loads
 * in two queries (changes, then fields), both by {@code CONTRIBUTION_ID}.
 */
@Table("CHANGE_FIELD")
public interface ChangeFieldEntity extends Entity {

    @NotNull
    @Indexed
    int getChangeId();

    void setChangeId(int changeId);

    @NotNull
    @Indexed
    int getContributionId();

    void setContributionId(int contributionId);

    /** Position within its change; ids are not a reliable order on every database. */
    @NotNull
    int getListIndex();

    void setListIndex(int listIndex);

    @NotNull
    @StringLength(50)
    String getFieldName();

    void setFieldName(String fieldName);

    /** A summary, impact or the evidence links can exceed AO's 450-character VARCHAR (see {@link ContributionEntity}). */
    @StringLength(StringLength.UNLIMITED)
    String getBeforeText();

    void setBeforeText(String before);

    @StringLength(StringLength.UNLIMITED)
    String getAfterText();

    void setAfterText(String after);
}
