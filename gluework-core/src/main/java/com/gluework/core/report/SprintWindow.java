package com.gluework.core.report;

import java.time.LocalDate;
import java.util.Objects;

/**
 * The calendar days a sprint covers, both ends inclusive. Contributions carry a date, not an instant, so team glue
 * not tied to an issue is matched against days.
 */
public record SprintWindow(LocalDate firstDay, LocalDate lastDay) {
    public SprintWindow {
        Objects.requireNonNull(firstDay, "firstDay");
        Objects.requireNonNull(lastDay, "lastDay");
        if (lastDay.isBefore(firstDay)) {
            throw new IllegalArgumentException("sprint window ends " + lastDay + " before it starts " + firstDay);
        }
    }

    public boolean contains(LocalDate day) {
        return !day.isBefore(firstDay) && !day.isAfter(lastDay);
    }
}
