package com.gluework.confluence;

import com.atlassian.applinks.api.ApplicationLinkService;
import com.atlassian.cache.CacheManager;
import com.atlassian.plugin.spring.scanner.annotation.imports.ComponentImport;
import com.atlassian.sal.api.user.UserManager;
import com.atlassian.templaterenderer.TemplateRenderer;

/**
 * Every host service Glue Work uses in Confluence, in one place. Atlassian Spring Scanner turns each annotated field
 * into an OSGi service import and a bean named by the annotation's value, which the plugin framework injects into
 * module classes such as the macro. Nothing ever instantiates this class or reads its fields.
 */
@SuppressWarnings("unused")
final class ComponentImports {
    @ComponentImport("applicationLinkService") private ApplicationLinkService applicationLinkService;
    @ComponentImport("cacheManager") private CacheManager cacheManager;
    @ComponentImport("templateRenderer") private TemplateRenderer templateRenderer;
    // Named like Jira's import of it, so the SAL service is never confused with a product's own UserManager.
    @ComponentImport("salUserManager") private UserManager salUserManager;

    private ComponentImports() {
    }
}
