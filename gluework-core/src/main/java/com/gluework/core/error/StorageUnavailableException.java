package com.gluework.core.error;

/**
 * The database cannot store anything right now: its disk is full, its file is read-only, or it cannot be reached
 * (503). Whatever the request wanted to change was not acknowledged; reads may still work, and the same request can
 * be sent again once an administrator has fixed the storage. Thrown by storage adapters, never by domain rules.
 */
public final class StorageUnavailableException extends GlueWorkException {
    private static final long serialVersionUID = 1L;
    public static final String FIELD = "storage";

    public StorageUnavailableException(String message, Throwable cause) {
        super(FIELD, message);
        initCause(cause);
    }

    /** The standard sentence: the change was refused because the database could not write it. */
    public static StorageUnavailableException writeFailed(Throwable cause) {
        return new StorageUnavailableException("Glue Work could not write to its database (the disk may be full or"
                + " read-only), so your change was not saved. Reading still works; try again once an administrator has"
                + " freed space.", cause);
    }

    /**
     * A storage failure that reached the REST layer as the host's own exception (in Jira, Active Objects hands on the
     * SQL exception): whether it was a read or a write is not known there, so the sentence covers both.
     */
    public static StorageUnavailableException reportedByHost(Throwable cause) {
        return new StorageUnavailableException("Glue Work's database cannot store or be read right now (the disk may be"
                + " full or read-only, or the database unreachable), so nothing was changed. Try again in a moment; if it"
                + " keeps happening, tell your administrator.", cause);
    }

    /** The database cannot be read either. */
    public static StorageUnavailableException unreachable(Throwable cause) {
        return new StorageUnavailableException("Glue Work cannot reach its database right now. Try again in a moment;"
                + " if it keeps happening, tell your administrator.", cause);
    }
}
