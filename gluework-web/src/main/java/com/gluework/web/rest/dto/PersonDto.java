package com.gluework.web.rest.dto;

/** A user as the API shows them: the stable key plus the name to display (which may change). */
public record PersonDto(String key, String displayName) {
}
