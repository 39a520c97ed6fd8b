package com.gluework.ao;

import com.gluework.core.error.ConflictException;
import com.gluework.core.error.NotFoundException;
import com.gluework.core.notes.IsoWeek;
import com.gluework.core.notes.NoteVisibility;
import com.gluework.core.notes.WeeklyNote;
import com.gluework.core.port.WeeklyNoteRepository;
import org.junit.Test;

import java.time.Instant;
import java.util.List;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertThrows;
import static org.junit.Assert.assertTrue;

/** What every {@link WeeklyNoteRepository} promises; run against each adapter. */
public abstract class WeeklyNoteRepositoryContract {
    private static final Instant T0 = Instant.parse("2026-12-01T10:00:00.123Z");
    private static final IsoWeek W49 = new IsoWeek(2026, 49);

    protected abstract WeeklyNoteRepository notes();

    @Test
    public void create_shouldStoreVersionOneAndFindItByPersonAndWeek() {
        // when
        WeeklyNote created = notes().create("bob", W49, List.of("Unblocked Carol", "Wrote the runbook", "Paired with Erin"),
                NoteVisibility.PRIVATE, T0);

        // then
        assertEquals(1, created.version());
        assertEquals(created, notes().find("bob", W49).orElseThrow());
        assertEquals(List.of("Unblocked Carol", "Wrote the runbook", "Paired with Erin"), created.bullets());
        assertEquals(T0, created.createdAt());
        assertTrue(notes().find("carol", W49).isEmpty());
        assertTrue(notes().find("bob", W49.previous()).isEmpty());
    }

    @Test
    public void create_aSecondNoteForTheSameWeek_shouldConflictAndKeepTheFirst() {
        WeeklyNote first = notes().create("bob", W49, List.of("First"), NoteVisibility.TEAM, T0);

        assertThrows(ConflictException.class,
                () -> notes().create("bob", W49, List.of("Second"), NoteVisibility.TEAM, T0.plusSeconds(1)));

        assertEquals(first, notes().find("bob", W49).orElseThrow());
        assertEquals("another person's note for the week is theirs", 1,
                notes().create("carol", W49, List.of("Carol's"), NoteVisibility.TEAM, T0).version());
    }

    @Test
    public void update_shouldReplaceTheTextRaiseTheVersionAndKeepWhatItReplaced() {
        // given
        WeeklyNote first = notes().create("bob", W49, List.of("One", "Two"), NoteVisibility.TEAM, T0);

        // when
        WeeklyNote second = notes().update("bob", W49, 1, List.of("Only one now"), NoteVisibility.PRIVATE, T0.plusSeconds(60));
        WeeklyNote third = notes().update("bob", W49, 2, List.of("A", "B", "C"), NoteVisibility.TEAM, T0.plusSeconds(120));

        // then
        assertEquals(List.of("Only one now"), second.bullets());
        assertEquals(NoteVisibility.PRIVATE, second.visibility());
        assertEquals(2, second.version());
        assertEquals(T0, second.createdAt());
        assertEquals(T0.plusSeconds(60), second.updatedAt());
        assertEquals(third, notes().find("bob", W49).orElseThrow());
        assertEquals(List.of(first, second), notes().findRevisions("bob", W49));
    }

    @Test
    public void update_basedOnAStaleVersion_shouldConflictAndChangeNothing() {
        notes().create("bob", W49, List.of("One"), NoteVisibility.TEAM, T0);
        WeeklyNote current = notes().update("bob", W49, 1, List.of("Two"), NoteVisibility.TEAM, T0.plusSeconds(1));

        ConflictException stale = assertThrows(ConflictException.class,
                () -> notes().update("bob", W49, 1, List.of("Lost"), NoteVisibility.PRIVATE, T0.plusSeconds(2)));

        assertTrue(stale.isStaleVersion());
        assertEquals(current, notes().find("bob", W49).orElseThrow());
        assertEquals(1, notes().findRevisions("bob", W49).size());
    }

    @Test
    public void update_ofANoteThatDoesNotExist_shouldBeNotFound() {
        assertThrows(NotFoundException.class,
                () -> notes().update("bob", W49, 1, List.of("x"), NoteVisibility.TEAM, T0));
        assertEquals(List.of(), notes().findRevisions("bob", W49));
    }

    @Test
    public void findBetween_shouldGiveThePersonsWeeksInRangeNewestFirstAcrossYears() {
        // given: 2026 has 53 weeks
        notes().create("bob", new IsoWeek(2026, 52), List.of("52"), NoteVisibility.TEAM, T0);
        notes().create("bob", new IsoWeek(2026, 53), List.of("53"), NoteVisibility.PRIVATE, T0);
        notes().create("bob", new IsoWeek(2027, 1), List.of("1"), NoteVisibility.TEAM, T0);
        notes().create("bob", new IsoWeek(2027, 2), List.of("2"), NoteVisibility.TEAM, T0);
        notes().create("bob", new IsoWeek(2026, 51), List.of("51"), NoteVisibility.TEAM, T0);
        notes().create("carol", new IsoWeek(2026, 53), List.of("Carol"), NoteVisibility.TEAM, T0);

        // when
        List<WeeklyNote> found = notes().findBetween("bob", new IsoWeek(2026, 52), new IsoWeek(2027, 1));

        // then
        assertEquals(List.of("2027-W01", "2026-W53", "2026-W52"), found.stream().map(n -> n.week().toString()).toList());
        assertEquals(List.of(), notes().findBetween("bob", new IsoWeek(2027, 3), new IsoWeek(2027, 9)));
    }

    @Test
    public void bullets_shouldRoundTripAtTheirLongestAndWithAnyCharacters() {
        String longest = "\uD83D\uDE80".repeat(200); // 200 code points, 400 UTF-16 units
        String hostile = "<script>alert('x')</script> & \"quotes\" ' -- ; DROP TABLE";

        notes().create("bob", W49, List.of(longest, hostile), NoteVisibility.TEAM, T0);

        assertEquals(List.of(longest, hostile), notes().find("bob", W49).orElseThrow().bullets());
    }
}
