package com.gluework.web.rest.dto;

/** One thing wrong with one input field (or "body", "user", … for the request as a whole), as a sentence. */
public record FieldErrorDto(String field, String message) {
}
