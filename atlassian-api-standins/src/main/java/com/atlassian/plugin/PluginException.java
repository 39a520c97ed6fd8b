package com.atlassian.plugin;

/**
 * Compile-only stand-in: the plugin framework's base exception (unchecked).
 * <p>
 * Mirrors: atlassian-plugins 8.x (Platform 8). Supertype and constructors checked with the code search over public
 * atlassian-plugins source ("public class PluginException extends RuntimeException", four standard constructors);
 * docs/atlassian-signatures.md §4.4 had left "is it a RuntimeException" UNCONFIRMED — the very old
 * checked variant extended commons-lang {@code NestableException} and is long gone.
 */
public class PluginException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public PluginException() {
        super();
    }

    public PluginException(String message) {
        super(message);
    }

    public PluginException(Throwable cause) {
        super(cause);
    }

    public PluginException(String message, Throwable cause) {
        super(message, cause);
    }
}
