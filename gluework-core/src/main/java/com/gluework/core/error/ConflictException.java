package com.gluework.core.error;

import com.gluework.core.model.FieldError;

import java.util.List;

/** The change was based on stale data or contradicts an existing fact (409); nothing is changed. */
public final class ConflictException extends GlueWorkException {
    private static final long serialVersionUID = 1L;

    public ConflictException(String field, String message) {
        super(field, message);
    }

    public ConflictException(List<FieldError> errors) {
        super(errors);
    }

    /** An edit based on a version of a contribution that someone else has changed since. */
    public static ConflictException staleVersion() {
        return new ConflictException("version",
                "Someone else changed this contribution since you opened it. Reload it to see their change.");
    }
}
