package com.gluework.web.rest.dto;

import java.util.List;

/** One sentence of the calibration draft and the contributions it rests on. */
public record CalibrationSentenceDto(String kind, String text, List<Long> contributionIds) {
}
