package com.gluework.confluence.it;

import com.atlassian.confluence.macro.Macro;
import com.gluework.jira.descriptor.DescriptorChecks;
import org.junit.BeforeClass;
import org.junit.Test;

import java.util.List;
import java.util.Map;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

/** The built Confluence plugin jar agrees with its descriptor; the same checks as the Jira plugin's. */
public class ConfluenceDescriptorIT {
    private static DescriptorChecks jar;

    @BeforeClass
    public static void openBuiltJar() {
        jar = DescriptorChecks.ofBuiltPluginJar();
    }

    @Test
    public void pluginInfo_shouldDeclareDataCenterCompatibility() {
        assertNoProblems(jar.dataCenterParamsDeclared());
        assertEquals("com.gluework.confluence", jar.pluginKey());
    }

    @Test
    public void moduleClasses_shouldExistWithTheSupertypeTheirModuleNeeds() {
        assertNoProblems(jar.moduleClassesHaveSupertypes(Map.of("xhtml-macro", Macro.class)));
    }

    @Test
    public void resources_shouldAllBeInTheJar() {
        assertNoProblems(jar.resourcesExist());
    }

    @Test
    public void i18nKeys_includingTheMacroBrowserKeys_shouldExist() {
        assertNoProblems(jar.i18nKeysExist());
    }

    @Test
    public void velocityAllowlist_shouldBeValid() {
        // No template yet; an allowlist entry added before one would be reported as unused.
        assertNoProblems(jar.velocityAllowlistComplete(Map.of()));
    }

    @Test
    public void restResources_shouldAllCarryAnAccessAnnotation() {
        assertNoProblems(jar.restResourcesHaveAccessAnnotations());
    }

    @Test
    public void springWiring_shouldResolveEveryInjectedDependency() throws ClassNotFoundException {
        Class<?> componentImports = Class.forName("com.gluework.confluence.ComponentImports");
        assertNoProblems(jar.springWiringResolves(DescriptorChecks.componentImports(componentImports)));
    }

    @Test
    public void jar_shouldBundleNoHostOrSpringScannerClasses() {
        assertNoProblems(jar.noHostClassesBundled());
    }

    private static void assertNoProblems(List<String> problems) {
        assertTrue(String.join("\n", problems), problems.isEmpty());
    }
}
