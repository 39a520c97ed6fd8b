package com.gluework.core.report;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Objects;
import java.util.Optional;

/**
 * A Jira Software sprint as the report needs it (Agile REST {@code /rest/agile/1.0/sprint/{id}} or the
 * GreenHopper {@code Sprint}).
 *
 * @param boardId      the board the sprint belongs to (Agile REST {@code originBoardId}); 0 when the host does not say
 * @param startDate    when the sprint was started; {@code null} for a future sprint
 * @param endDate      the planned end; {@code null} for a future sprint
 * @param completeDate when the sprint was closed; {@code null} unless closed
 */
public record Sprint(long id, long boardId, String name, SprintState state,
                     Instant startDate, Instant endDate, Instant completeDate) {
    public Sprint {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(state, "state");
    }

    /**
     * The days the sprint covers in the team's time zone: from the start day to the day it was completed, or, while
     * it has not been completed, to its planned end day. A closed sprint really ran until it was completed, early or
     * late, so glue done on that day still belongs to it. Empty for a sprint that has not started.
     */
    public Optional<SprintWindow> window(ZoneId zone) {
        Instant last = completeDate != null ? completeDate : endDate;
        if (startDate == null || last == null) {
            return Optional.empty();
        }
        LocalDate firstDay = startDate.atZone(zone).toLocalDate();
        LocalDate lastDay = last.atZone(zone).toLocalDate();
        // A sprint completed within minutes of starting can land on the previous day in another zone.
        return Optional.of(new SprintWindow(firstDay, lastDay.isBefore(firstDay) ? firstDay : lastDay));
    }
}
