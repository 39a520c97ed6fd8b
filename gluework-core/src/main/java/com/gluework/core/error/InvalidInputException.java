package com.gluework.core.error;

import com.gluework.core.model.FieldError;

import java.util.List;

/** Input that breaks a rule (400). Nothing is stored when it is thrown. */
public final class InvalidInputException extends GlueWorkException {
    private static final long serialVersionUID = 1L;

    public InvalidInputException(String field, String message) {
        super(field, message);
    }

    public InvalidInputException(List<FieldError> errors) {
        super(errors);
    }
}
