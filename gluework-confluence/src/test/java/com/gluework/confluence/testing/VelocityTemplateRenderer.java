package com.gluework.confluence.testing;

import com.atlassian.templaterenderer.TemplateRenderer;
import com.gluework.web.testing.EscapingVelocityViewRenderer;
import com.gluework.web.testing.PropertiesI18n;

import java.io.IOException;
import java.io.Writer;
import java.util.Map;

/**
 * Atlassian Template Renderer as Confluence runs it for our plugin: Velocity, every reference HTML-escaped, and
 * {@code $i18n} over the Confluence plugin's bundle (gluework-web's ATR-like renderer does the work).
 */
public final class VelocityTemplateRenderer implements TemplateRenderer {
    public static final String CONFLUENCE_BUNDLE = "i18n/gluework-confluence.properties";

    private final EscapingVelocityViewRenderer renderer =
            new EscapingVelocityViewRenderer(new PropertiesI18n(CONFLUENCE_BUNDLE));

    @Override
    public void render(String templateName, Map<String, Object> context, Writer writer) throws IOException {
        writer.write(renderer.render(templateName, context));
    }
}
