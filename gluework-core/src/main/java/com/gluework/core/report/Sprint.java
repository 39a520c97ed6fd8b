package com.gluework.core.report;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Comparator;
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
    /**
     * A board's order, which every host keeps: closed sprints, then the active ones, then future ones, each by start
     * date (unstarted last), then by id. Jira Software's backlog shows them so; a host's own order is not relied on.
     */
    public static final Comparator<Sprint> BOARD_ORDER = Comparator
            .comparingInt((Sprint s) -> switch (s.state()) {
                case CLOSED -> 0;
                case ACTIVE -> 1;
                case FUTURE -> 2;
            })
            .thenComparing(Sprint::startDate, Comparator.nullsLast(Comparator.naturalOrder()))
            .thenComparingLong(Sprint::id);

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
