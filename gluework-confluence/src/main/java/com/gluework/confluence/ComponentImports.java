package com.gluework.confluence;

import com.atlassian.plugin.spring.scanner.annotation.imports.ComponentImport;
import com.atlassian.sal.api.message.I18nResolver;

/**
 * Every host service Glue Work uses in Confluence, in one place. Atlassian Spring Scanner turns each annotated field
 * into an OSGi service import and a bean named by the annotation's value, which the plugin framework injects into
 * module classes such as the macro. Nothing ever instantiates this class or reads its fields.
 */
@SuppressWarnings("unused")
final class ComponentImports {
    @ComponentImport("i18nResolver") private I18nResolver i18nResolver;

    private ComponentImports() {
    }
}
