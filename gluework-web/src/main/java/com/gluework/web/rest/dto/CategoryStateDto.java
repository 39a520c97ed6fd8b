package com.gluework.web.rest.dto;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/**
 * Deactivates ({@code "active":false}) or reactivates a category, or moves it ({@code "direction":"up"|"down"}), based
 * on {@code version}.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record CategoryStateDto(Boolean active, String direction, Integer version) {
}
