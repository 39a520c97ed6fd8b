package com.gluework.core.error;

import com.gluework.core.model.FieldError;

import java.util.List;

/** Unknown, or invisible to the caller (404). The message is the same in both cases so a response never reveals that something hidden exists. */
public final class NotFoundException extends GlueWorkException {
    private static final long serialVersionUID = 1L;

    public NotFoundException(String field, String message) {
        super(field, message);
    }

    public NotFoundException(List<FieldError> errors) {
        super(errors);
    }
}
