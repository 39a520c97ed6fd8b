package com.gluework.core.suggest;

import java.time.Instant;
import java.util.Objects;

/** When the sprint an issue was worked in started and ends (or ended). */
public record SprintPeriod(Instant start, Instant end) {
    public SprintPeriod {
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(end, "end");
        if (end.isBefore(start)) {
            throw new IllegalArgumentException("sprint ends " + end + " before it starts " + start);
        }
    }
}
