package com.gluework.core.notes;

import com.gluework.core.port.WeeklyNoteRepository;
import com.gluework.core.privacy.PersonalDataSection;

import java.util.List;

/**
 * A person's weekly glue notes in their personal data export: every note they wrote, private ones included (it is
 * their own data), each with the texts earlier saves replaced, since those are stored too.
 */
public final class WeeklyNotesPersonalData implements PersonalDataSection {
    public static final String NAME = "weeklyNotes";
    /** Every week a note can be stored for: years 1 to 9999, as {@link IsoWeek} allows. */
    private static final IsoWeek FIRST_WEEK = new IsoWeek(1, 1);
    private static final IsoWeek LAST_WEEK = new IsoWeek(9999, IsoWeek.weeksIn(9999));

    private final WeeklyNoteRepository notes;

    public WeeklyNotesPersonalData(WeeklyNoteRepository notes) {
        this.notes = notes;
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public List<ExportedNote> recordsOf(String userKey) {
        return notes.findBetween(userKey, FIRST_WEEK, LAST_WEEK).stream()
                .map(note -> new ExportedNote(note.week().toString(), note.bullets(), note.visibility().name(),
                        note.version(), note.createdAt().toString(), note.updatedAt().toString(),
                        notes.findRevisions(userKey, note.week()).stream()
                                .map(r -> new ExportedRevision(r.version(), r.bullets(), r.visibility().name(),
                                        r.updatedAt().toString()))
                                .toList()))
                .toList();
    }

    /** A note as exported; instants as ISO-8601 text, so the export reads the same whatever writes the JSON. */
    public record ExportedNote(String week, List<String> bullets, String visibility, int version, String createdAt,
                               String updatedAt, List<ExportedRevision> replacedTexts) {
    }

    /** A text a later save replaced: the version it was, and when it was saved. */
    public record ExportedRevision(int version, List<String> bullets, String visibility, String savedAt) {
    }
}
