package com.gluework.core.error;

import com.gluework.core.model.FieldError;

import java.util.List;

/** The caller is anonymous but the action needs a user (401). */
public final class AuthenticationRequiredException extends GlueWorkException {
    private static final long serialVersionUID = 1L;

    public AuthenticationRequiredException(String field, String message) {
        super(field, message);
    }

    public AuthenticationRequiredException(List<FieldError> errors) {
        super(errors);
    }
}
