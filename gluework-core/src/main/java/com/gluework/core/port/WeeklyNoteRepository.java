package com.gluework.core.port;

import com.gluework.core.error.ConflictException;
import com.gluework.core.error.NotFoundException;
import com.gluework.core.notes.IsoWeek;
import com.gluework.core.notes.NoteVisibility;
import com.gluework.core.notes.WeeklyNote;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Where weekly glue notes are kept: at most one per person and ISO week, enforced by the database (a unique key), so
 * two saves racing on two cluster nodes cannot store two notes for the same week. Every save also keeps the text it
 * replaced as a revision, under a unique key of the version it creates, so a save based on a stale version is refused
 * by the database rather than overwriting the other one.
 */
public interface WeeklyNoteRepository {

    Optional<WeeklyNote> find(String personKey, IsoWeek week);

    /** The person's notes from week {@code from} to week {@code to} (both inclusive), newest week first. */
    List<WeeklyNote> findBetween(String personKey, IsoWeek from, IsoWeek to);

    /**
     * Stores the person's first note for the week, at version 1.
     *
     * @throws ConflictException the person already has a note for that week (written meanwhile, perhaps on another
     *                           node); nothing is changed
     */
    WeeklyNote create(String personKey, IsoWeek week, List<String> bullets, NoteVisibility visibility, Instant at);

    /**
     * Replaces the note's bullets and visibility and moves it to {@code expectedVersion + 1}, atomically and only if the
     * stored version is still {@code expectedVersion}; the replaced text is kept as a revision.
     *
     * @throws ConflictException the stored version is not {@code expectedVersion}
     *                           ({@link ConflictException#isStaleVersion()}); nothing is changed
     * @throws NotFoundException the person has no note for that week
     */
    WeeklyNote update(String personKey, IsoWeek week, int expectedVersion, List<String> bullets,
                      NoteVisibility visibility, Instant at);

    /** Every earlier text of the note, oldest first: what each save replaced. Empty when there is no such note. */
    List<WeeklyNote> findRevisions(String personKey, IsoWeek week);
}
