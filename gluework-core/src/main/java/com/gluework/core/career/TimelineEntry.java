package com.gluework.core.career;

import com.gluework.core.model.Category;
import com.gluework.core.model.Contribution;
import com.gluework.core.model.Corroboration;

import java.time.LocalDate;
import java.util.Objects;

/**
 * One event on a person's glue timeline: glue they did, or a peer's corroboration of it.
 *
 * @param day           when it happened: the contribution's date, or the day the corroboration was given
 * @param corroboration the corroboration received, or {@code null} for a {@link Kind#CONTRIBUTED} entry
 */
public record TimelineEntry(LocalDate day, Kind kind, Contribution contribution, Category category,
                            Corroboration corroboration) {
    public enum Kind {
        CONTRIBUTED,
        CORROBORATED
    }

    public TimelineEntry {
        Objects.requireNonNull(day, "day");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(contribution, "contribution");
        Objects.requireNonNull(category, "category");
        if ((kind == Kind.CORROBORATED) != (corroboration != null)) {
            throw new IllegalArgumentException("A CORROBORATED entry, and only one, carries its corroboration");
        }
    }
}
