package com.gluework.core.error;

import com.gluework.core.model.FieldError;

import java.util.List;

/** The caller is known but may not do this (403). */
public final class AccessDeniedException extends GlueWorkException {
    private static final long serialVersionUID = 1L;

    public AccessDeniedException(String field, String message) {
        super(field, message);
    }

    public AccessDeniedException(List<FieldError> errors) {
        super(errors);
    }
}
