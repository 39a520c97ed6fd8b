package com.gluework.web.rest.dto;

/**
 * A sprint, for the picker and the report's heading.
 *
 * @param boardId      0 when the host does not say which board it belongs to
 * @param state        {@code FUTURE}, {@code ACTIVE} or {@code CLOSED}
 * @param startDate    ISO-8601 instant; {@code null} for a future sprint
 * @param endDate      ISO-8601 instant, the planned end; {@code null} for a future sprint
 * @param completeDate ISO-8601 instant; {@code null} unless closed
 */
public record SprintDto(long id, long boardId, String name, String state, String startDate, String endDate,
                        String completeDate) {
}
