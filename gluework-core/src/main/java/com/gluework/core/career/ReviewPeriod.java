package com.gluework.core.career;

import java.time.LocalDate;
import java.util.Objects;

/** The days a review or promotion packet covers, both ends included. */
public record ReviewPeriod(LocalDate from, LocalDate to) {
    public ReviewPeriod {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        if (to.isBefore(from)) {
            throw new IllegalArgumentException("A review period must not end (" + to + ") before it starts (" + from + ")");
        }
    }

    public boolean contains(LocalDate day) {
        return !day.isBefore(from) && !day.isAfter(to);
    }
}
