package com.gluework.web.rest.dto;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

import java.util.List;

/**
 * The body of saving a weekly note: 1 to 3 bullets (blank ones are dropped), TEAM or PRIVATE (TEAM when left out),
 * and the {@code version} the note was read at — {@code null} for the week's first note.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record WeeklyNoteInputDto(List<String> bullets, String visibility, Integer version) {
}
