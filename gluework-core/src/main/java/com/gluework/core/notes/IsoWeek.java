package com.gluework.core.notes;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.IsoFields;
import java.time.temporal.TemporalAdjusters;
import java.util.Comparator;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An ISO-8601 week ({@code 2026-W49}): Monday to Sunday, numbered within its week-based year, so the last days of
 * December can belong to week 1 of the next year and the first days of January to week 52 or 53 of the previous one.
 * ISO weeks because they are what calendars in most of the world show and they never split a working week.
 */
public record IsoWeek(int year, int week) implements Comparable<IsoWeek> {
    private static final Pattern TEXT = Pattern.compile("([0-9]{4})-W([0-9]{2})");
    private static final Comparator<IsoWeek> ORDER = Comparator.comparingInt(IsoWeek::year).thenComparingInt(IsoWeek::week);

    public IsoWeek {
        if (year < 1 || year > 9999) {
            throw new IllegalArgumentException("Week-based year out of range: " + year);
        }
        if (week < 1 || week > weeksIn(year)) {
            throw new IllegalArgumentException(year + " has no week " + week);
        }
    }

    /** The week the day falls in. */
    public static IsoWeek of(LocalDate day) {
        return new IsoWeek(day.get(IsoFields.WEEK_BASED_YEAR), day.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
    }

    /**
     * {@code YYYY-Www} exactly as {@link #toString()} writes it, or empty: a week that does not exist (week 53 of a
     * 52-week year, week 0) is no week, rather than silently becoming the next one.
     */
    public static Optional<IsoWeek> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        Matcher m = TEXT.matcher(text);
        if (!m.matches()) {
            return Optional.empty();
        }
        int year = Integer.parseInt(m.group(1));
        int week = Integer.parseInt(m.group(2));
        if (year < 1 || week < 1 || week > weeksIn(year)) {
            return Optional.empty();
        }
        return Optional.of(new IsoWeek(year, week));
    }

    /** 52 or 53: a year has 53 ISO weeks when its 28 December falls in week 53. */
    public static int weeksIn(int year) {
        return LocalDate.of(year, 12, 28).get(IsoFields.WEEK_OF_WEEK_BASED_YEAR);
    }

    public LocalDate monday() {
        // 4 January is always in week 1; its Monday is the first Monday of the week-based year.
        return LocalDate.of(year, 1, 4).with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)).plusWeeks(week - 1L);
    }

    public LocalDate sunday() {
        return monday().plusDays(6);
    }

    public IsoWeek previous() {
        return of(monday().minusDays(1));
    }

    public IsoWeek next() {
        return of(sunday().plusDays(1));
    }

    @Override
    public int compareTo(IsoWeek other) {
        return ORDER.compare(this, other);
    }

    /** {@code 2026-W49}: the ISO-8601 week form, which also sorts as text. */
    @Override
    public String toString() {
        return String.format("%04d-W%02d", year, week);
    }
}
