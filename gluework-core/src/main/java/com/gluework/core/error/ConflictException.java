package com.gluework.core.error;

import com.gluework.core.model.FieldError;

import java.util.List;

/** The change was based on stale data or contradicts an existing fact (409); nothing is changed. */
public final class ConflictException extends GlueWorkException {
    private static final long serialVersionUID = 1L;
    private final boolean staleVersion;

    public ConflictException(String field, String message) {
        super(field, message);
        this.staleVersion = false;
    }

    public ConflictException(List<FieldError> errors) {
        super(errors);
        this.staleVersion = false;
    }

    private ConflictException(String field, String message, boolean staleVersion) {
        super(field, message);
        this.staleVersion = staleVersion;
    }

    /**
     * A change based on a version of a contribution that someone else has changed since. A change whose intent does
     * not depend on what it saw (a corroboration, say) may read the contribution again and retry; an edit may not.
     */
    public static ConflictException staleVersion() {
        return new ConflictException("version",
                "Someone else changed this contribution since you opened it. Reload it to see their change.", true);
    }

    /**
     * A change based on a version of something other than a contribution (a weekly note, say) that has changed since;
     * the message says what changed and what to do.
     */
    public static ConflictException staleVersion(String message) {
        return new ConflictException("version", message, true);
    }

    /** Whether this is a {@link #staleVersion()} conflict rather than a contradiction with what is stored. */
    public boolean isStaleVersion() {
        return staleVersion;
    }
}
