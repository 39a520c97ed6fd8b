package com.gluework.preview.jirarest;

import java.time.LocalDate;
import java.time.OffsetDateTime;

/**
 * A sprint as the Agile API ({@code /rest/agile/1.0/board/{id}/sprint}) describes it.
 *
 * @param state     {@code future}, {@code active} or {@code closed}
 * @param startDate {@code null} for a future sprint that was never started
 */
public record JiraSprint(long id, String name, String state, OffsetDateTime startDate, OffsetDateTime endDate,
                         OffsetDateTime completeDate, Long originBoardId, String goal) {

    public boolean isActive() {
        return "active".equalsIgnoreCase(state);
    }

    /** Whether {@code day} falls between the sprint's start and end dates (inclusive), in the dates' own offsets. */
    public boolean contains(LocalDate day) {
        return startDate != null && endDate != null
                && !day.isBefore(startDate.toLocalDate()) && !day.isAfter(endDate.toLocalDate());
    }
}
