package com.atlassian.sal.api.net;

/**
 * Compile-only stand-in: a request failed (checked); SAL's subclasses ({@code ResponseConnectTimeoutException},
 * {@code ResponseReadTimeoutException}, ...) say how.
 * <p>
 * Mirrors: SAL source (docs/atlassian-signatures.md §2.11, status C): four constructors.
 */
public class ResponseException extends Exception {
    private static final long serialVersionUID = 1L;

    public ResponseException() {
        super();
    }

    public ResponseException(String message, Throwable cause) {
        super(message, cause);
    }

    public ResponseException(String message) {
        super(message);
    }

    public ResponseException(Throwable cause) {
        super(cause);
    }
}
