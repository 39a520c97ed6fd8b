package com.gluework.core.error;

import com.gluework.core.model.FieldError;

import java.util.List;

/** Base of every domain exception: a list of field-level errors, each a sentence for the user. */
public abstract class GlueWorkException extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final transient List<FieldError> errors;

    protected GlueWorkException(List<FieldError> errors) {
        super(errors.isEmpty() ? "" : errors.get(0).field() + ": " + errors.get(0).message());
        this.errors = List.copyOf(errors);
    }

    protected GlueWorkException(String field, String message) {
        this(List.of(new FieldError(field, message)));
    }

    public List<FieldError> errors() {
        return errors;
    }
}
