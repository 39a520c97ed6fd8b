package com.gluework.web.view;

import java.util.Map;

/**
 * Renders a Velocity template from the classpath with a context of view models, HTML-escaping every reference
 * the way Atlassian Template Renderer does (references and methods whose names end in {@code Html} are not
 * escaped, so user text never gets such a name). The renderer puts {@code $i18n} into the context itself.
 * Jira wraps Atlassian's {@code TemplateRenderer}; the preview and the template tests use Velocity directly.
 */
public interface ViewRenderer {

    String render(String templatePath, Map<String, Object> context);
}
