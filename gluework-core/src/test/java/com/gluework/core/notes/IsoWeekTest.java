package com.gluework.core.notes;

import org.junit.Test;

import java.time.LocalDate;
import java.util.Optional;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertThrows;

public class IsoWeekTest {

    @Test
    public void of_shouldPutYearEndDaysInTheWeekBasedYearTheyBelongTo() {
        // 2026-12-31 is a Thursday: week 53 of 2026. 2025-12-29 (Monday) is week 1 of 2026. 2027-01-01 (Friday) is 2026-W53.
        assertEquals(new IsoWeek(2026, 53), IsoWeek.of(LocalDate.of(2026, 12, 31)));
        assertEquals(new IsoWeek(2026, 1), IsoWeek.of(LocalDate.of(2025, 12, 29)));
        assertEquals(new IsoWeek(2026, 53), IsoWeek.of(LocalDate.of(2027, 1, 1)));
        assertEquals(new IsoWeek(2027, 1), IsoWeek.of(LocalDate.of(2027, 1, 4)));
    }

    @Test
    public void mondayAndSunday_shouldBoundTheWeek() {
        IsoWeek week = new IsoWeek(2026, 49);

        assertEquals(LocalDate.of(2026, 11, 30), week.monday());
        assertEquals(LocalDate.of(2026, 12, 6), week.sunday());
        assertEquals(LocalDate.of(2025, 12, 29), new IsoWeek(2026, 1).monday());
        assertEquals(week, IsoWeek.of(week.monday()));
        assertEquals(week, IsoWeek.of(week.sunday()));
    }

    @Test
    public void parse_shouldReadOnlyTheCanonicalFormOfAWeekThatExists() {
        assertEquals(Optional.of(new IsoWeek(2026, 49)), IsoWeek.parse("2026-W49"));
        assertEquals(Optional.of(new IsoWeek(2026, 53)), IsoWeek.parse("2026-W53"));
        assertEquals("2025 has 52 weeks", Optional.empty(), IsoWeek.parse("2025-W53"));
        assertEquals(Optional.empty(), IsoWeek.parse("2026-W00"));
        assertEquals(Optional.empty(), IsoWeek.parse("2026-W9"));
        assertEquals(Optional.empty(), IsoWeek.parse("2026w49"));
        assertEquals(Optional.empty(), IsoWeek.parse(" 2026-W49"));
        assertEquals("fullwidth digits are not digits here", Optional.empty(), IsoWeek.parse("２０２６-W49"));
        assertEquals(Optional.empty(), IsoWeek.parse(null));
    }

    @Test
    public void toString_shouldRoundTripThroughParseAndSortAsText() {
        IsoWeek early = new IsoWeek(987, 2);

        assertEquals("0987-W02", early.toString());
        assertEquals(Optional.of(early), IsoWeek.parse(early.toString()));
        assertEquals(-1, Integer.signum(new IsoWeek(2026, 9).compareTo(new IsoWeek(2026, 10))));
        assertEquals(-1, Integer.signum(new IsoWeek(2026, 9).toString().compareTo(new IsoWeek(2026, 10).toString())));
    }

    @Test
    public void previousAndNext_shouldCrossYearBoundaries() {
        assertEquals(new IsoWeek(2026, 53), new IsoWeek(2027, 1).previous());
        assertEquals(new IsoWeek(2027, 1), new IsoWeek(2026, 53).next());
        assertEquals(new IsoWeek(2025, 52), new IsoWeek(2026, 1).previous());
    }

    @Test
    public void constructor_shouldRefuseAWeekTheYearDoesNotHave() {
        assertThrows(IllegalArgumentException.class, () -> new IsoWeek(2025, 53));
        assertThrows(IllegalArgumentException.class, () -> new IsoWeek(2026, 0));
    }
}
