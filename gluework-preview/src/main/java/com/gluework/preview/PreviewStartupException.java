package com.gluework.preview;

/**
 * The preview cannot start, for a reason the person starting it can fix (another preview owns the data directory,
 * the database file is read-only). The message is one sentence naming what to fix; no stack trace is printed.
 */
public final class PreviewStartupException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public PreviewStartupException(String message) {
        super(message);
    }

    public PreviewStartupException(String message, Throwable cause) {
        super(message, cause);
    }
}
