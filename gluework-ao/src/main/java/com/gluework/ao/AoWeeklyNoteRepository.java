package com.gluework.ao;

import com.atlassian.activeobjects.external.ActiveObjects;
import com.gluework.ao.entity.NoteRevisionEntity;
import com.gluework.ao.entity.WeeklyNoteEntity;
import com.gluework.core.error.ConflictException;
import com.gluework.core.error.NotFoundException;
import com.gluework.core.notes.IsoWeek;
import com.gluework.core.notes.NoteVisibility;
import com.gluework.core.notes.WeeklyNote;
import com.gluework.core.port.WeeklyNoteRepository;
import jakarta.inject.Inject;
import net.java.ao.Query;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * Weekly notes in Active Objects. The database keeps the rules under concurrency: the unique {@code PERSON_WEEK} allows
 * one note per person and week, and the unique {@code REVISION_KEY} of {@link NoteRevisionEntity} lets only one save
 * replace a given version. Each write is one transaction; a refused one keeps nothing.
 */
public final class AoWeeklyNoteRepository implements WeeklyNoteRepository {
    private final ActiveObjects ao;

    @Inject
    public AoWeeklyNoteRepository(ActiveObjects ao) {
        this.ao = ao;
    }

    @Override
    public Optional<WeeklyNote> find(String personKey, IsoWeek week) {
        return row(personKey, week).map(AoWeeklyNoteRepository::toNote);
    }

    @Override
    public List<WeeklyNote> findBetween(String personKey, IsoWeek from, IsoWeek to) {
        // ISO week texts compare as the weeks do (fixed width, year first), so a text range is a week range.
        return Arrays.stream(ao.find(WeeklyNoteEntity.class, Query.select()
                        .where("PERSON_KEY = ? AND ISO_WEEK >= ? AND ISO_WEEK <= ?", personKey, from.toString(), to.toString())
                        .order("ISO_WEEK DESC")))
                .map(AoWeeklyNoteRepository::toNote)
                .toList();
    }

    @Override
    public WeeklyNote create(String personKey, IsoWeek week, List<String> bullets, NoteVisibility visibility, Instant at) {
        Supplier<ConflictException> exists = () -> new ConflictException("week", "There is a note for " + week + " already.");
        return refusingDuplicates(exists, () -> ao.executeInTransaction(() -> {
            if (row(personKey, week).isPresent()) {
                throw exists.get();
            }
            Map<String, Object> row = new HashMap<>(bulletColumns(bullets));
            row.put("PERSON_KEY", personKey);
            row.put("ISO_WEEK", week.toString());
            row.put("PERSON_WEEK", personWeek(personKey, week));
            row.put("VISIBILITY", visibility.name());
            row.put("ROW_VERSION", 1);
            row.put("CREATED_AT_MILLIS", at.toEpochMilli());
            row.put("UPDATED_AT_MILLIS", at.toEpochMilli());
            return toNote(ao.create(WeeklyNoteEntity.class, row));
        }));
    }

    @Override
    public WeeklyNote update(String personKey, IsoWeek week, int expectedVersion, List<String> bullets,
                             NoteVisibility visibility, Instant at) {
        Supplier<ConflictException> stale = () -> ConflictException.staleVersion(
                "Your note for " + week + " was changed since you opened it (perhaps in another tab). Reload it to see that change.");
        return refusingDuplicates(stale, () -> ao.executeInTransaction(() -> {
            WeeklyNoteEntity row = row(personKey, week)
                    .orElseThrow(() -> new NotFoundException("week", "You have no note for " + week + " yet."));
            if (row.getRowVersion() != expectedVersion) {
                throw stale.get();
            }
            // The claim first: of two saves based on this version, only one can store its revision.
            Map<String, Object> revision = new HashMap<>();
            revision.put("NOTE_ID", row.getID());
            revision.put("REVISION_KEY", row.getID() + ":v" + expectedVersion);
            revision.put("NOTE_VERSION", expectedVersion);
            revision.put("BULLET1", row.getBullet1());
            revision.put("BULLET2", row.getBullet2());
            revision.put("BULLET3", row.getBullet3());
            revision.put("VISIBILITY", row.getVisibility());
            revision.put("SAVED_AT_MILLIS", row.getUpdatedAtMillis());
            revision.put("REPLACED_AT_MILLIS", at.toEpochMilli());
            ao.create(NoteRevisionEntity.class, revision);
            Map<String, Object> columns = bulletColumns(bullets);
            row.setBullet1((String) columns.get("BULLET1"));
            row.setBullet2((String) columns.get("BULLET2"));
            row.setBullet3((String) columns.get("BULLET3"));
            row.setVisibility(visibility.name());
            row.setRowVersion(expectedVersion + 1);
            row.setUpdatedAtMillis(at.toEpochMilli());
            row.save();
            return toNote(row);
        }));
    }

    @Override
    public List<WeeklyNote> findRevisions(String personKey, IsoWeek week) {
        Optional<WeeklyNoteEntity> note = row(personKey, week);
        if (note.isEmpty()) {
            return List.of();
        }
        WeeklyNoteEntity n = note.get();
        return Arrays.stream(ao.find(NoteRevisionEntity.class, Query.select().where("NOTE_ID = ?", n.getID())
                        .order("NOTE_VERSION ASC")))
                .map(r -> new WeeklyNote(n.getID(), n.getPersonKey(), week,
                        bullets(r.getBullet1(), r.getBullet2(), r.getBullet3()), NoteVisibility.valueOf(r.getVisibility()),
                        Instant.ofEpochMilli(n.getCreatedAtMillis()), Instant.ofEpochMilli(r.getSavedAtMillis()),
                        r.getNoteVersion()))
                .toList();
    }

    private Optional<WeeklyNoteEntity> row(String personKey, IsoWeek week) {
        return Arrays.stream(ao.find(WeeklyNoteEntity.class, Query.select()
                .where("PERSON_WEEK = ?", personWeek(personKey, week)))).findFirst();
    }

    private static String personWeek(String personKey, IsoWeek week) {
        // The week first: fixed width, so no person key can make two pairs spell the same text.
        return week + ":" + personKey;
    }

    private static Map<String, Object> bulletColumns(List<String> bullets) {
        if (bullets.isEmpty() || bullets.size() > 3) {
            throw new IllegalArgumentException("A note has 1 to 3 bullets, not " + bullets.size());
        }
        Map<String, Object> columns = new HashMap<>();
        for (int i = 0; i < 3; i++) {
            columns.put("BULLET" + (i + 1), i < bullets.size() ? bullets.get(i) : null);
        }
        return columns;
    }

    private static List<String> bullets(String... columns) {
        List<String> bullets = new ArrayList<>();
        for (String text : columns) {
            if (text != null && !text.isEmpty()) {
                bullets.add(text);
            }
        }
        return bullets;
    }

    private static WeeklyNote toNote(WeeklyNoteEntity row) {
        return new WeeklyNote(row.getID(), row.getPersonKey(), IsoWeek.parse(row.getIsoWeek()).orElseThrow(),
                bullets(row.getBullet1(), row.getBullet2(), row.getBullet3()), NoteVisibility.valueOf(row.getVisibility()),
                Instant.ofEpochMilli(row.getCreatedAtMillis()), Instant.ofEpochMilli(row.getUpdatedAtMillis()),
                row.getRowVersion());
    }

    /** A unique value another transaction stored first becomes the given conflict; the transaction has rolled back. */
    private static <T> T refusingDuplicates(Supplier<ConflictException> conflict, Supplier<T> write) {
        try {
            return write.get();
        } catch (RuntimeException e) {
            if (UniqueViolations.isUniqueViolation(e)) {
                throw conflict.get();
            }
            throw e;
        }
    }
}
