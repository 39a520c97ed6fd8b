package com.gluework.jira.it;

import com.atlassian.plugin.web.ContextProvider;
import com.gluework.ao.GlueWorkEntities;
import com.gluework.jira.descriptor.DescriptorChecks;
import com.gluework.jira.web.JiraSprintReportPage;
import com.gluework.web.view.ContributionHistoryView;
import com.gluework.web.view.IssuePanelView;
import com.gluework.web.view.SprintReportView;
import jakarta.servlet.http.HttpServlet;
import org.junit.BeforeClass;
import org.junit.Test;
import org.osgi.framework.BundleContext;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

/** The built Jira plugin jar agrees with its descriptor: what Jira would only find out at install or render time. */
public class JiraDescriptorIT {
    private static DescriptorChecks jar;

    @BeforeClass
    public static void openBuiltJar() {
        jar = DescriptorChecks.ofBuiltPluginJar();
    }

    @Test
    public void pluginInfo_shouldDeclareDataCenterCompatibility() {
        assertNoProblems(jar.dataCenterParamsDeclared());
        assertEquals("com.gluework.jira", jar.pluginKey());
    }

    @Test
    public void moduleClasses_shouldExistWithTheSupertypeTheirModuleNeeds() {
        assertNoProblems(jar.moduleClassesHaveSupertypes(Map.of("context-provider", ContextProvider.class,
                "servlet", HttpServlet.class)));
    }

    @Test
    public void servlets_shouldExtendHttpServletAndMapAUrl() {
        assertNoProblems(jar.servletsDeclared());
    }

    @Test
    public void webItems_shouldHaveALabelInTheBundleAndALink() {
        assertNoProblems(jar.webItemsDeclared());
    }

    @Test
    public void resources_shouldAllBeInTheJar() {
        assertNoProblems(jar.resourcesExist());
    }

    @Test
    public void i18nKeys_usedByDescriptorTemplatesAndScripts_shouldExist() {
        assertNoProblems(jar.i18nKeysExist());
    }

    @Test
    public void aoModule_shouldListExactlyTheGlueWorkEntities() {
        assertNoProblems(jar.aoEntitiesMatch(GlueWorkEntities.ALL, GlueWorkEntities.NAMESPACE));
    }

    @Test
    public void velocityAllowlist_shouldBeSortedExactAndCoverEveryTemplateCall() {
        assertNoProblems(jar.velocityAllowlistComplete(
                Map.of(IssuePanelView.TEMPLATE, Map.of(IssuePanelView.CONTEXT_KEY, IssuePanelView.class),
                        ContributionHistoryView.TEMPLATE, Map.of(ContributionHistoryView.CONTEXT_KEY, ContributionHistoryView.class),
                        SprintReportView.TEMPLATE, Map.of(SprintReportView.CONTEXT_KEY, SprintReportView.class),
                        // Only Strings in its context: checked for existence and typos, nothing to allowlist.
                        JiraSprintReportPage.TEMPLATE, Map.of())));
    }

    @Test
    public void restResources_shouldAllCarryAnAccessAnnotation() {
        assertTrue("the REST package scan found no resource", jar.restResourceClasses().size() >= 3);
        assertNoProblems(jar.restResourcesHaveAccessAnnotations());
    }

    @Test
    public void springWiring_shouldResolveEveryBeanAndInjectedDependency() throws ClassNotFoundException {
        Class<?> componentImports = Class.forName("com.gluework.jira.ComponentImports");
        Map<String, Class<?>> hostBeans = new LinkedHashMap<>(DescriptorChecks.componentImports(componentImports));
        // Every plugin's Spring context (Gemini Blueprint) holds its own bundle context under this name.
        hostBeans.put("bundleContext", BundleContext.class);
        assertNoProblems(jar.springWiringResolves(hostBeans));
    }

    @Test
    public void jar_shouldBundleNoHostOrSpringScannerClasses() {
        assertNoProblems(jar.noHostClassesBundled());
    }

    private static void assertNoProblems(List<String> problems) {
        assertTrue(String.join("\n", problems), problems.isEmpty());
    }
}
