package com.gluework.core.model;

import java.util.Objects;

/** One thing wrong with one input field, in a sentence the user can act on. */
public record FieldError(String field, String message) {
    public FieldError {
        Objects.requireNonNull(field, "field");
        Objects.requireNonNull(message, "message");
    }
}
