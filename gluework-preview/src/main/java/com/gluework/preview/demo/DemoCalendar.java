package com.gluework.preview.demo;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;

/**
 * The demo's three two-week sprints placed around "today": sprint 3 started {@value #DAYS_INTO_ACTIVE_SPRINT} days ago,
 * so today is always inside it, and sprints 1 and 2 ran back to back before it. Everything the dataset dates is
 * strictly before the start of today, so generated data never lies in the future, whatever the time of day.
 */
public final class DemoCalendar {
    public static final int SPRINT_DAYS = 14;
    public static final int DAYS_INTO_ACTIVE_SPRINT = 5;
    public static final int SPRINT_COUNT = 3;

    private final LocalDate today;
    private final ZoneId zone;

    public DemoCalendar(Clock clock) {
        this.today = LocalDate.now(clock);
        this.zone = clock.getZone();
    }

    public LocalDate today() {
        return today;
    }

    public ZoneId zone() {
        return zone;
    }

    /** The first day of sprint 1, 2 or 3. */
    public LocalDate sprintStart(int sprint) {
        return today.minusDays(DAYS_INTO_ACTIVE_SPRINT + (long) (SPRINT_COUNT - sprint) * SPRINT_DAYS);
    }

    /** The day the sprint is planned to end: two weeks after its start. */
    public LocalDate sprintEnd(int sprint) {
        return sprintStart(sprint).plusDays(SPRINT_DAYS);
    }

    /** Sprint starts happen at 10:00 in the team's zone; ends at 17:00. */
    public ZonedDateTime sprintStartTime(int sprint) {
        return sprintStart(sprint).atTime(LocalTime.of(10, 0)).atZone(zone);
    }

    public ZonedDateTime sprintEndTime(int sprint) {
        return sprintEnd(sprint).atTime(LocalTime.of(17, 0)).atZone(zone);
    }

    /** A moment {@code hours} after the start of sprint {@code sprint}'s first day (midnight). */
    public ZonedDateTime atHour(int sprint, double hours) {
        return sprintStart(sprint).atStartOfDay(zone).plusMinutes(Math.round(hours * 60));
    }

    /** The start of today; generated facts must happen before it. */
    public Instant startOfToday() {
        return today.atStartOfDay(zone).toInstant();
    }

    public boolean isPast(ZonedDateTime moment) {
        return moment.toInstant().isBefore(startOfToday());
    }
}
