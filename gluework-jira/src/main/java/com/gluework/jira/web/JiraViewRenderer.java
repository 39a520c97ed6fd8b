package com.gluework.jira.web;

import com.atlassian.templaterenderer.TemplateRenderer;
import com.gluework.web.view.ViewRenderer;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.Map;

/** Renders our templates with Atlassian Template Renderer, which escapes HTML and adds {@code $i18n}. */
public final class JiraViewRenderer implements ViewRenderer {
    private final TemplateRenderer templateRenderer;

    public JiraViewRenderer(TemplateRenderer templateRenderer) {
        this.templateRenderer = templateRenderer;
    }

    @Override
    public String render(String templatePath, Map<String, Object> context) {
        StringWriter html = new StringWriter();
        try {
            // A mutable copy: ATR adds its own entries (i18n, web resources) to the map it is given.
            templateRenderer.render(templatePath, new HashMap<>(context), html);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not render " + templatePath, e);
        }
        return html.toString();
    }
}
