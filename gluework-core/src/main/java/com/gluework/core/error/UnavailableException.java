package com.gluework.core.error;

import com.gluework.core.model.FieldError;

import java.util.List;

/**
 * The host lacks something this feature needs, such as Jira Software for the sprint report (503). Nothing the caller
 * sends can fix it; the message says what an administrator would have to install or enable.
 */
public final class UnavailableException extends GlueWorkException {
    private static final long serialVersionUID = 1L;

    public UnavailableException(String field, String message) {
        super(field, message);
    }

    public UnavailableException(List<FieldError> errors) {
        super(errors);
    }
}
