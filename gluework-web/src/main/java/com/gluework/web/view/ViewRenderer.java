package com.gluework.web.view;

import java.nio.charset.StandardCharsets;
import java.util.Map;

/**
 * Renders a Velocity template from the classpath with a context of view models, HTML-escaping every reference
 * the way Atlassian Template Renderer does (references and methods whose names end in {@code Html} are not
 * escaped, so user text never gets such a name). The renderer puts {@code $i18n} into the context itself.
 * Jira wraps Atlassian's {@code TemplateRenderer}; the preview and the template tests use Velocity directly.
 */
public interface ViewRenderer {

    String render(String templatePath, Map<String, Object> context);

    /**
     * {@link #render} as UTF-8 bytes, for a response body. A renderer that can write the bytes as it renders overrides
     * this, so that a large fragment is neither collected as UTF-16 text nor encoded again afterwards (the panel's
     * profile, issue 13); the bytes are always those of {@link #render}'s text.
     */
    default byte[] renderUtf8(String templatePath, Map<String, Object> context) {
        return render(templatePath, context).getBytes(StandardCharsets.UTF_8);
    }
}
