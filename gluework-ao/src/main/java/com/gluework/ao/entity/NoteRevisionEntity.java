package com.gluework.ao.entity;

import net.java.ao.Entity;
import net.java.ao.schema.Indexed;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.StringLength;
import net.java.ao.schema.Table;
import net.java.ao.schema.Unique;

/**
 * The text a save of a weekly note replaced: nothing a person wrote is lost, and the version claim lives here.
 * {@link #getRevisionKey()} is unique and holds {@code <noteId>:v<replacedVersion>}: every save stores the revision of
 * the version it was based on as its first write, so of two saves based on the same version only one can be stored —
 * on one node or many — and the other is refused as stale (AO offers no conditional update or row lock; a unique
 * column works on every database it supports).
 */
@Table("NOTE_REVISION")
public interface NoteRevisionEntity extends Entity {

    @NotNull
    @Indexed
    int getNoteId();

    void setNoteId(int noteId);

    /** {@code <noteId>:v<replacedVersion>}. */
    @NotNull
    @Unique
    String getRevisionKey();

    void setRevisionKey(String key);

    /** The version this text had. */
    @NotNull
    int getNoteVersion();

    void setNoteVersion(int version);

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

    @NotNull
    String getVisibility();

    void setVisibility(String visibility);

    /** When this text was saved. */
    @NotNull
    long getSavedAtMillis();

    void setSavedAtMillis(long epochMillis);

    /** When the next save replaced it. */
    @NotNull
    long getReplacedAtMillis();

    void setReplacedAtMillis(long epochMillis);
}
