package com.atlassian.plugin.web;

import com.atlassian.plugin.PluginParseException;

import java.util.Map;

/**
 * Compile-only stand-in: adds entries to a web fragment's (e.g. a web panel's) Velocity context.
 * <p>
 * Mirrors: atlassian-plugins-web (Platform 8), recent decompiled public copy, identical to
 * https://docs.atlassian.com/atlassian-plugins-parent/2.10.2-m1/xref/com/atlassian/plugin/web/ContextProvider.html
 * (docs/atlassian-signatures.md §4.1, status C). Note the two different map types.
 */
public interface ContextProvider {

    void init(Map<String, String> params) throws PluginParseException;

    Map<String, Object> getContextMap(Map<String, Object> context);
}
