package com.gluework.jira.descriptor;

import org.junit.BeforeClass;
import org.junit.Test;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

/**
 * The {@link DescriptorChecks} every Glue Work plugin jar must pass, run against the jar failsafe names in
 * {@code gluework.pluginJar}. A plugin's descriptor IT extends this, says what differs between the plugins (key,
 * module kinds, templates, wiring) and adds the checks only its own modules need.
 */
public abstract class BuiltPluginJarContract {
    protected static DescriptorChecks jar;

    @BeforeClass
    public static void openBuiltJar() {
        jar = DescriptorChecks.ofBuiltPluginJar();
    }

    /** The plugin key the descriptor must carry. */
    protected abstract String pluginKey();

    /** The supertype each descriptor element's {@code class} must have, for every element kind the plugin uses. */
    protected abstract Map<String, Class<?>> supertypeByModuleElement();

    /** Each template the plugin renders, with the classes of its context's roots (see {@link DescriptorChecks#velocityAllowlistComplete}). */
    protected abstract Map<String, Map<String, Class<?>>> templateRoots();

    /** The plugin's one class of {@code @ComponentImport} host services, by name. */
    protected abstract String componentImportsClassName();

    /** Beans the host's Spring context holds besides the component imports; none unless a plugin injects one. */
    protected Map<String, Class<?>> hostBeansBesidesComponentImports() {
        return Map.of();
    }

    /** How many REST resources the package scan must at least find, so an empty scan cannot pass unnoticed. */
    protected int minimumRestResources() {
        return 0;
    }

    @Test
    public void pluginInfo_shouldDeclareDataCenterCompatibility() {
        assertNoProblems(jar.dataCenterParamsDeclared());
        assertEquals(pluginKey(), jar.pluginKey());
    }

    @Test
    public void moduleClasses_shouldExistWithTheSupertypeTheirModuleNeeds() {
        assertNoProblems(jar.moduleClassesHaveSupertypes(supertypeByModuleElement()));
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
    public void velocityAllowlist_shouldBeSortedExactAndCoverEveryTemplateCall() {
        assertNoProblems(jar.velocityAllowlistComplete(templateRoots()));
    }

    @Test
    public void restResources_shouldAllCarryAnAccessAnnotation() {
        assertTrue("the REST package scan found fewer resources than " + minimumRestResources(),
                jar.restResourceClasses().size() >= minimumRestResources());
        assertNoProblems(jar.restResourcesHaveAccessAnnotations());
    }

    @Test
    public void springWiring_shouldResolveEveryBeanAndInjectedDependency() throws ClassNotFoundException {
        Class<?> componentImports = Class.forName(componentImportsClassName());
        Map<String, Class<?>> hostBeans = new LinkedHashMap<>(DescriptorChecks.componentImports(componentImports));
        hostBeans.putAll(hostBeansBesidesComponentImports());
        assertNoProblems(jar.springWiringResolves(hostBeans));
    }

    /** Package prefixes that only an optional plugin exports, so the bundle must import them optionally. */
    protected List<String> packagesOfOptionalPlugins() {
        return List.of();
    }

    @Test
    public void manifest_shouldBeABundleWithTheKeyASpringContextAndNoMandatoryVersionedImport() {
        assertNoProblems(jar.bundleManifestDeclared(packagesOfOptionalPlugins()));
    }

    @Test
    public void scannerIndex_shouldListExactlyTheComponentImports() throws ClassNotFoundException {
        assertNoProblems(jar.scannerIndexMatches(Class.forName(componentImportsClassName())));
    }

    @Test
    public void jar_shouldBundleNoHostOrSpringScannerClasses() {
        assertNoProblems(jar.noHostClassesBundled());
    }

    protected static void assertNoProblems(List<String> problems) {
        assertTrue(String.join("\n", problems), problems.isEmpty());
    }
}
