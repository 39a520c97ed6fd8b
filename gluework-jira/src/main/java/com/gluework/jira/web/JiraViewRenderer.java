package com.gluework.jira.web;

import com.atlassian.templaterenderer.TemplateRenderer;
import com.gluework.web.view.Utf8BufferWriter;
import com.gluework.web.view.ViewRenderer;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.HashMap;
import java.util.Map;

/** Renders our templates with Atlassian Template Renderer, which escapes HTML and adds {@code $i18n}. */
public final class JiraViewRenderer implements ViewRenderer {
    /** Room for an issue panel up front (30-60 kB over a large store; docs/benchmarks.md, issue 13). */
    private static final int INITIAL_OUTPUT_BYTES = 64 * 1024;

    private final TemplateRenderer templateRenderer;

    public JiraViewRenderer(TemplateRenderer templateRenderer) {
        this.templateRenderer = templateRenderer;
    }

    @Override
    public String render(String templatePath, Map<String, Object> context) {
        StringWriter html = new StringWriter();
        renderTo(templatePath, context, html);
        return html.toString();
    }

    /**
     * Encodes as ATR writes, for a response body (the panel fragment): no synchronized StringBuffer growing to the
     * page's size, no String, no second pass to encode it (issue 13). The same bytes as {@link #render}'s text.
     */
    @Override
    public byte[] renderUtf8(String templatePath, Map<String, Object> context) {
        Utf8BufferWriter html = new Utf8BufferWriter(INITIAL_OUTPUT_BYTES);
        renderTo(templatePath, context, html);
        return html.toByteArray();
    }

    private void renderTo(String templatePath, Map<String, Object> context, Writer html) {
        try {
            // A mutable copy: ATR adds its own entries (i18n, web resources) to the map it is given.
            templateRenderer.render(templatePath, new HashMap<>(context), html);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not render " + templatePath, e);
        }
    }
}
