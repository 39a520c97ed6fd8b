package com.gluework.web.rest.dto;

import java.util.List;

/** A change the exported person made to a contribution, with the fields it changed (user keys as stored). */
public record ExportedHistoryEntryDto(long contributionId, String kind, String at, List<FieldChangeDto> fields) {
}
