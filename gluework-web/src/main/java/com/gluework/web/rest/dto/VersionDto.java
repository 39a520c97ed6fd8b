package com.gluework.web.rest.dto;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/**
 * The body of "retire" and "restore": {@code {"version":3}}, the {@link ContributionDto#version()} the user saw, so a
 * change made meanwhile by someone else is not silently undone.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record VersionDto(Integer version) {
}
