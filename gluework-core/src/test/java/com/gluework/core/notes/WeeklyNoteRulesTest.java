package com.gluework.core.notes;

import com.gluework.core.error.InvalidInputException;
import com.gluework.core.model.FieldError;
import org.junit.Test;

import java.util.Arrays;
import java.util.List;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertThrows;

public class WeeklyNoteRulesTest {

    @Test
    public void bullets_shouldStripAndDropBlankLinesKeepingTheOrder() {
        List<String> kept = WeeklyNoteRules.bullets(Arrays.asList("  Paired with Erin on the flaky deploy ", "", null,
                "Wrote the on-call hand-off"));

        assertEquals(List.of("Paired with Erin on the flaky deploy", "Wrote the on-call hand-off"), kept);
    }

    @Test
    public void bullets_shouldRefuseNoLineAndMoreThanThree() {
        assertEquals(List.of(new FieldError("bullets", "Write at least one line.")),
                assertThrows(InvalidInputException.class, () -> WeeklyNoteRules.bullets(List.of(" ", ""))).errors());
        assertEquals(List.of(new FieldError("bullets", "Write at least one line.")),
                assertThrows(InvalidInputException.class, () -> WeeklyNoteRules.bullets(null)).errors());
        assertEquals("bullets", assertThrows(InvalidInputException.class,
                () -> WeeklyNoteRules.bullets(List.of("a", "b", "c", "d"))).errors().get(0).field());
    }

    @Test
    public void bullets_shouldNameEachBadLineByTheIndexSent() {
        String tooLong = "x".repeat(WeeklyNoteRules.MAX_BULLET + 1);

        InvalidInputException refused = assertThrows(InvalidInputException.class,
                () -> WeeklyNoteRules.bullets(List.of("", tooLong, "two\nlines")));

        assertEquals(List.of("bullets[1]", "bullets[2]"), refused.errors().stream().map(FieldError::field).toList());
    }

    @Test
    public void bullets_shouldCountCharactersAsTheUserSeesThem() {
        String emojis = "\uD83D\uDE80".repeat(WeeklyNoteRules.MAX_BULLET); // 200 rockets, 400 UTF-16 units

        assertEquals(List.of(emojis), WeeklyNoteRules.bullets(List.of(emojis)));
        assertThrows(InvalidInputException.class, () -> WeeklyNoteRules.bullets(List.of(emojis + "!")));
    }

    @Test
    public void weekAndVisibility_shouldNameTheirFieldWhenBad() {
        assertEquals(new IsoWeek(2026, 49), WeeklyNoteRules.week("2026-W49"));
        assertEquals("week", assertThrows(InvalidInputException.class, () -> WeeklyNoteRules.week("2026-13-01"))
                .errors().get(0).field());
        assertEquals(NoteVisibility.TEAM, WeeklyNoteRules.visibility(null));
        assertEquals(NoteVisibility.PRIVATE, WeeklyNoteRules.visibility("PRIVATE"));
        assertEquals("visibility", assertThrows(InvalidInputException.class, () -> WeeklyNoteRules.visibility("private"))
                .errors().get(0).field());
    }
}
