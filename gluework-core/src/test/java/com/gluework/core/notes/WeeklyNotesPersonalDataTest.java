package com.gluework.core.notes;

import com.gluework.core.testing.InMemoryWeeklyNoteRepository;
import org.junit.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import static org.junit.Assert.assertEquals;

public class WeeklyNotesPersonalDataTest {
    private static final Instant T0 = Instant.parse("2026-11-02T09:00:00Z");
    private final InMemoryWeeklyNoteRepository notes = new InMemoryWeeklyNoteRepository();
    private final WeeklyNotesPersonalData section = new WeeklyNotesPersonalData(notes);

    @Test
    public void recordsOf_shouldExportEveryNoteOfThePersonPrivateOnesAndReplacedTextsIncluded() {
        // given: bob's private note edited once, an old team note, and carol's note of the same week
        IsoWeek w45 = IsoWeek.of(LocalDate.of(2026, 11, 2));
        IsoWeek old = IsoWeek.of(LocalDate.of(1999, 3, 1));
        notes.create("bob", w45, List.of("First try"), NoteVisibility.PRIVATE, T0);
        notes.update("bob", w45, 1, List.of("Unblocked carol", "Fixed the flaky test"), NoteVisibility.PRIVATE, T0.plusSeconds(60));
        notes.create("bob", old, List.of("Wrote the runbook"), NoteVisibility.TEAM, T0);
        notes.create("carol", w45, List.of("Paired with Dave"), NoteVisibility.TEAM, T0);

        // when
        List<WeeklyNotesPersonalData.ExportedNote> exported = section.recordsOf("bob");

        // then
        assertEquals("weeklyNotes", section.name());
        assertEquals(List.of("2026-W45", "1999-W09"), exported.stream().map(WeeklyNotesPersonalData.ExportedNote::week).toList());
        WeeklyNotesPersonalData.ExportedNote edited = exported.get(0);
        assertEquals(List.of("Unblocked carol", "Fixed the flaky test"), edited.bullets());
        assertEquals("PRIVATE", edited.visibility());
        assertEquals(2, edited.version());
        assertEquals(List.of(List.of("First try")), edited.replacedTexts().stream().map(WeeklyNotesPersonalData.ExportedRevision::bullets).toList());
        assertEquals(List.of(), exported.get(1).replacedTexts());
    }
}
