package com.atlassian.confluence.macro;

/**
 * Compile-only stand-in: a macro could not render (checked).
 * <p>
 * Mirrors: Confluence 10.2 (Platform 8), checked against
 * https://docs.atlassian.com/ConfluenceServer/javadoc/8.5.7/com/atlassian/confluence/macro/MacroExecutionException.html
 * (docs/atlassian-signatures.md §10.2, status C): {@code extends Exception}, four constructors.
 */
public class MacroExecutionException extends Exception {
    private static final long serialVersionUID = 1L;

    public MacroExecutionException() {
        super();
    }

    public MacroExecutionException(String message) {
        super(message);
    }

    public MacroExecutionException(String message, Throwable cause) {
        super(message, cause);
    }

    public MacroExecutionException(Throwable cause) {
        super(cause);
    }
}
