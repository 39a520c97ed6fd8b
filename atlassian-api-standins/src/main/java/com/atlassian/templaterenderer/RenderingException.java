package com.atlassian.templaterenderer;

/**
 * Compile-only stand-in: a template failed to render (unchecked).
 * <p>
 * Mirrors: Atlassian Template Renderer 6.x (Platform 8). Supertype and constructors checked with the code search in
 * the public ATR source (repo mrdon/ATR: api/src/main/java/com/atlassian/templaterenderer/RenderingException.java:
 * {@code extends RuntimeException}, constructors (String, Throwable), (String), (Throwable)); that the 6.x class is
 * unchanged stays unconfirmed (no 6.x javadoc reachable) — unchecked is the safe choice for callers either way.
 */
public class RenderingException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public RenderingException(String message, Throwable cause) {
        super(message, cause);
    }

    public RenderingException(String message) {
        super(message);
    }

    public RenderingException(Throwable cause) {
        super(cause);
    }
}
