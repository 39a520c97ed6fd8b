package com.gluework.web.rest.dto;

import java.util.List;

/** The contributions that are evidence for one rubric dimension; {@code dimension} is empty for unmapped categories. */
public record RubricDimensionDto(String dimension, String label, List<EvidenceItemDto> items) {
}
