package com.gluework.web.rest.dto;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/** The body of a corroboration; the note is optional. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record NewCorroborationDto(String note) {
}
