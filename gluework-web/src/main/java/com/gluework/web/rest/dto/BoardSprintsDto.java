package com.gluework.web.rest.dto;

import java.util.List;

/**
 * A board's sprints for the sprint picker.
 *
 * @param sprints         in the board's order (closed, active, future)
 * @param defaultSprintId the sprint the report opens on — the active one, else the last closed one; {@code null} when
 *                        the board has neither
 */
public record BoardSprintsDto(BoardDto board, List<SprintDto> sprints, Long defaultSprintId) {
}
