package com.gluework.web.rest.dto;

import java.util.List;

/** One person's glue over a period, by rubric dimension, with highlights and the calibration draft. */
public record EvidencePacketDto(PersonDto person, String from, String to, List<EvidenceItemDto> highlights,
                                List<RubricDimensionDto> dimensions, List<CalibrationSentenceDto> calibrationDraft) {
}
