package com.gluework.web.rest.dto;

import java.util.List;

/**
 * A weekly glue note. A week without a note reads as one with no bullets and {@code version} {@code null}: the form
 * starts from it and sends {@code version} back unchanged, so "first note" and "edit" are one request shape.
 *
 * @param week       ISO week, {@code 2026-W49}
 * @param monday     its first day, YYYY-MM-DD
 * @param sunday     its last day, YYYY-MM-DD
 * @param visibility TEAM or PRIVATE
 * @param updatedAt  ISO-8601 instant of the last save; {@code null} when there is no note
 */
public record WeeklyNoteDto(String week, String monday, String sunday, List<String> bullets, String visibility,
                            Integer version, String updatedAt) {
}
