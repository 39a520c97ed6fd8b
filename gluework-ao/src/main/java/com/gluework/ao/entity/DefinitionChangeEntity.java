package com.gluework.ao.entity;

import net.java.ao.Entity;
import net.java.ao.schema.Indexed;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.StringLength;
import net.java.ao.schema.Table;
import net.java.ao.schema.Unique;

/**
 * One admin change to the definitions (a category, a rubric dimension, the settings): who, when, what. Only ever
 * inserted. {@code CHANGE_KEY} is the subject and the version the change moves it to ({@code category:review:v3}); being
 * unique, it lets only one of two concurrent edits of the same version commit — the database orders the edits.
 */
@Table("DEFINITION_CHANGE")
public interface DefinitionChangeEntity extends Entity {

    @NotNull
    @Unique
    String getChangeKey();

    void setChangeKey(String key);

    @NotNull
    @Indexed
    String getSubject();

    void setSubject(String subject);

    @NotNull
    String getActorKey();

    void setActorKey(String actorKey);

    @NotNull
    long getChangedAtMillis();

    void setChangedAtMillis(long epochMillis);

    @StringLength(StringLength.MAX_LENGTH)
    String getDetail();

    void setDetail(String detail);
}
