package com.gluework.confluence.it;

import com.atlassian.confluence.macro.Macro;
import com.gluework.jira.descriptor.BuiltPluginJarContract;

import java.util.Map;

/** The built Confluence plugin jar agrees with its descriptor; the same checks as the Jira plugin's. */
public class ConfluenceDescriptorIT extends BuiltPluginJarContract {
    @Override
    protected String pluginKey() {
        return "com.gluework.confluence";
    }

    @Override
    protected Map<String, Class<?>> supertypeByModuleElement() {
        return Map.of("xhtml-macro", Macro.class);
    }

    @Override
    protected Map<String, Map<String, Class<?>>> templateRoots() {
        // No template yet; an allowlist entry added before one would be reported as unused.
        return Map.of();
    }

    @Override
    protected String componentImportsClassName() {
        return "com.gluework.confluence.ComponentImports";
    }
}
