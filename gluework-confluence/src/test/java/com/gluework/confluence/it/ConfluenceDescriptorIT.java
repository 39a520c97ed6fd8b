package com.gluework.confluence.it;

import com.atlassian.confluence.macro.Macro;
import com.gluework.confluence.macro.ProblemView;
import com.gluework.confluence.macro.SprintSummaryView;
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
        return Map.of("templates/confluence/glue-sprint-summary.vm", Map.of(
                "summary", SprintSummaryView.class,
                "problem", ProblemView.class));
    }

    @Override
    protected String componentImportsClassName() {
        return "com.gluework.confluence.ComponentImports";
    }
}
