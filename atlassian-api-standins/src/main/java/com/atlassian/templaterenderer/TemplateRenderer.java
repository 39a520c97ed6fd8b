package com.atlassian.templaterenderer;

import java.io.IOException;
import java.io.Writer;
import java.util.Map;

/**
 * Compile-only stand-in: Atlassian Template Renderer (Velocity, HTML-escaping by default). It adds {@code i18n}
 * (SAL {@code I18nResolver}) and the web-resource helpers to every context it is given.
 * <p>
 * Mirrors: ATR 6.x (Platform 8), checked against ATR 1.5.2
 * https://docs.atlassian.com/atlassian-template-renderer/1.5.2/apidocs/com/atlassian/templaterenderer/TemplateRenderer.html
 * (docs/atlassian-signatures.md §3.1, status P: unchanged since is unconfirmed). {@code IOException}
 * is checked on {@code render}, absent on {@code renderFragment}. Only the member Glue Work calls.
 */
public interface TemplateRenderer {

    void render(String templateName, Map<String, Object> context, Writer writer) throws RenderingException, IOException;
}
