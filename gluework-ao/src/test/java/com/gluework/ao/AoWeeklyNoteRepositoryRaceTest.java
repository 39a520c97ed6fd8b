package com.gluework.ao;

import com.gluework.ao.entity.NoteRevisionEntity;
import com.gluework.ao.entity.WeeklyNoteEntity;
import com.gluework.ao.testing.EntityManagerActiveObjects;
import com.gluework.core.error.ConflictException;
import com.gluework.core.notes.IsoWeek;
import com.gluework.core.notes.NoteVisibility;
import com.gluework.core.notes.WeeklyNote;
import org.junit.After;
import org.junit.Before;
import org.junit.Test;

import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertThrows;
import static org.junit.Assert.assertTrue;

/**
 * The database's part of the weekly notes' rules, with the other transaction played by inserting its row directly, on
 * committed H2 transactions (not the AO runner's single rolled-back one) so the rollback itself can be checked.
 */
public class AoWeeklyNoteRepositoryRaceTest {
    private static final Instant T0 = Instant.parse("2026-12-01T10:00:00Z");
    private static final IsoWeek W49 = new IsoWeek(2026, 49);

    private EntityManagerActiveObjects ao;
    private AoWeeklyNoteRepository notes;

    @Before
    public void openDatabase() {
        ao = EntityManagerActiveObjects.open("jdbc:h2:mem:" + getClass().getSimpleName() + System.nanoTime()
                + ";DB_CLOSE_DELAY=-1", "sa", "");
        ao.migrate(GlueWorkEntities.array());
        notes = new AoWeeklyNoteRepository(ao);
    }

    @After
    public void closeDatabase() {
        ao.close();
    }

    @Test
    public void update_whoseVersionAnotherSaveClaimedMeanwhile_shouldConflictAndKeepNothing() {
        // given: the row is at version 1, but a concurrent save has already stored the revision of version 1
        WeeklyNote created = notes.create("bob", W49, List.of("Original"), NoteVisibility.TEAM, T0);
        Map<String, Object> claim = new HashMap<>();
        claim.put("NOTE_ID", (int) created.id());
        claim.put("REVISION_KEY", created.id() + ":v1");
        claim.put("NOTE_VERSION", 1);
        claim.put("BULLET1", "Original");
        claim.put("VISIBILITY", "TEAM");
        claim.put("SAVED_AT_MILLIS", T0.toEpochMilli());
        claim.put("REPLACED_AT_MILLIS", T0.toEpochMilli());
        ao.create(NoteRevisionEntity.class, claim);

        // when
        ConflictException conflict = assertThrows(ConflictException.class,
                () -> notes.update("bob", W49, 1, List.of("Lost update"), NoteVisibility.PRIVATE, T0.plusSeconds(1)));

        // then: the row is as before
        assertTrue(conflict.isStaleVersion());
        assertEquals(created, notes.find("bob", W49).orElseThrow());
    }

    @Test
    public void secondRowForTheSamePersonAndWeek_shouldBeRefusedByTheDatabase() {
        // given
        notes.create("bob", W49, List.of("First"), NoteVisibility.TEAM, T0);
        Map<String, Object> duplicate = new HashMap<>();
        duplicate.put("PERSON_KEY", "bob");
        duplicate.put("ISO_WEEK", W49.toString());
        duplicate.put("PERSON_WEEK", W49 + ":bob");
        duplicate.put("BULLET1", "Second, written on another node");
        duplicate.put("VISIBILITY", "TEAM");
        duplicate.put("ROW_VERSION", 1);
        duplicate.put("CREATED_AT_MILLIS", T0.toEpochMilli());
        duplicate.put("UPDATED_AT_MILLIS", T0.toEpochMilli());

        // when: what a second node's insert does after its own check found no note
        RuntimeException refused = assertThrows(RuntimeException.class, () -> ao.create(WeeklyNoteEntity.class, duplicate));

        // then
        assertTrue(UniqueViolations.isUniqueViolation(refused));
        assertEquals(List.of("First"), notes.find("bob", W49).orElseThrow().bullets());
    }
}
