package com.gluework.web.rest.dto;

import java.util.List;

/** Someone's weekly notes over a period as the caller may see them (private ones only for the person and their leads). */
public record PersonNotesDto(PersonDto person, String from, String to, List<WeeklyNoteDto> notes) {
}
