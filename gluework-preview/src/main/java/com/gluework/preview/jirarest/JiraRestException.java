package com.gluework.preview.jirarest;

/** Jira could not be read: unreachable, refused the token, or answered something that is not JSON. */
public final class JiraRestException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public JiraRestException(String message) {
        super(message);
    }

    public JiraRestException(String message, Throwable cause) {
        super(message, cause);
    }
}
