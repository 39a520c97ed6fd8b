package com.gluework.preview.jirarest;

/**
 * Jira could not be read: unreachable, too slow, refused the token, is not a Jira, or answered something that is not
 * JSON. The message is a sentence for the person running the preview: it names the Jira URL and what to check, and
 * never the token. The preview answers it as a gateway would: {@link #gatewayStatus()}.
 */
public final class JiraRestException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    /** What went wrong, so callers can choose a status without reading the message. */
    public enum Failure {
        /** No connection (refused, unknown host, TLS failure). */
        UNREACHABLE,
        /** No answer within the timeout. */
        TIMEOUT,
        /** 401: the token is wrong, expired or revoked. */
        UNAUTHORIZED,
        /** 403: the token's user may not read this, or Jira wants a CAPTCHA. */
        FORBIDDEN,
        /** 404 where a Jira always answers: the URL is not a Jira's base URL. */
        NOT_A_JIRA,
        /** 5xx. */
        SERVER_ERROR,
        /** Any other status (a redirect to a login page, 400, …). */
        UNEXPECTED_STATUS,
        /** 200 with a body that is not JSON. */
        MALFORMED
    }

    private final Failure failure;

    public JiraRestException(String message) {
        this(Failure.UNEXPECTED_STATUS, message, null);
    }

    public JiraRestException(String message, Throwable cause) {
        this(Failure.UNREACHABLE, message, cause);
    }

    public JiraRestException(Failure failure, String message, Throwable cause) {
        super(message, cause);
        this.failure = failure;
    }

    public Failure failure() {
        return failure;
    }

    /** 504 Gateway Timeout when Jira did not answer in time, else 502 Bad Gateway: the preview stands in front of Jira. */
    public int gatewayStatus() {
        return failure == Failure.TIMEOUT ? 504 : 502;
    }
}
