package com.atlassian.plugin;

/**
 * Compile-only stand-in: thrown while a plugin module's descriptor parameters are read.
 * <p>
 * Mirrors: atlassian-plugins 8.x (Platform 8); docs/atlassian-signatures.md §4.4 (status P) and the
 * public atlassian-plugins source found with the code search ({@code extends PluginException}, four constructors).
 */
public class PluginParseException extends PluginException {
    private static final long serialVersionUID = 1L;

    public PluginParseException() {
        super();
    }

    public PluginParseException(String message) {
        super(message);
    }

    public PluginParseException(Throwable cause) {
        super(cause);
    }

    public PluginParseException(String message, Throwable cause) {
        super(message, cause);
    }
}
