package com.gluework.web.rest.dto;

/** An administrator's export of the person's data: who, when. */
public record ExportedDataExportDto(PersonDto exportedBy, String exportedAt) {
}
