package com.gluework.confluence.it;

import com.atlassian.confluence.macro.Macro;
import com.gluework.confluence.macro.ProblemView;
import com.gluework.confluence.macro.SprintSummaryView;
import com.gluework.jira.descriptor.BuiltPluginJarContract;

import com.gluework.confluence.rest.PageGlueResource;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.core.MediaType;
import org.junit.Test;
import org.w3c.dom.Element;

import javax.xml.parsers.DocumentBuilderFactory;
import java.io.InputStream;
import java.lang.reflect.Method;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Map;
import java.util.zip.ZipFile;

import static org.junit.Assert.assertArrayEquals;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

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

    /** PageGlueResource and JiraPickersResource: an empty package scan must not pass. */
    @Override
    protected int minimumRestResources() {
        return 2;
    }

    @Test
    public void pageAction_shouldSitInThePageToolsMenuAndOpenTheDialogItsScriptBinds() throws Exception {
        try (ZipFile plugin = new ZipFile(Path.of(System.getProperty("gluework.pluginJar")).toFile())) {
            Element item = moduleByKey(plugin, "web-item", "gluework-record-page");
            assertEquals("system.content.action/secondary", item.getAttribute("section"));
            Element link = (Element) item.getElementsByTagName("link").item(0);
            String script = text(plugin, "js/gluework-page-glue.js");
            assertTrue("the script binds the web-item's linkId", script.contains("'#" + link.getAttribute("linkId") + "'"));
            // CSP: the dialog's script and the pickers' are web-resources, never inline; the pickers load where the macro browser runs.
            String macroName = moduleByKey(plugin, "xhtml-macro", "glue-sprint-summary-macro").getAttribute("name");
            String pickersScript = text(plugin, "js/gluework-macro-browser.js");
            assertTrue("the override names the macro", pickersScript.contains("var MACRO = '" + macroName + "';")
                    && pickersScript.contains("setMacroJsOverride(MACRO,"));
            Element pickers = moduleByKey(plugin, "web-resource", "gluework-macro-browser-resources");
            assertTrue(pickers.getTextContent().contains("macro-browser"));
        }
    }

    @Test
    public void recordingAPage_shouldOnlyAcceptJson_soAFormOnAnotherSiteCannotPostIt() throws NoSuchMethodException {
        Method record = Arrays.stream(PageGlueResource.class.getMethods())
                .filter(m -> m.isAnnotationPresent(POST.class)).findFirst().orElseThrow();
        assertArrayEquals(new String[]{MediaType.APPLICATION_JSON}, record.getAnnotation(Consumes.class).value());
    }

    private static Element moduleByKey(ZipFile plugin, String element, String key) throws Exception {
        try (InputStream in = plugin.getInputStream(plugin.getEntry("atlassian-plugin.xml"))) {
            var modules = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(in).getElementsByTagName(element);
            for (int i = 0; i < modules.getLength(); i++) {
                if (key.equals(((Element) modules.item(i)).getAttribute("key"))) {
                    return (Element) modules.item(i);
                }
            }
        }
        throw new AssertionError("no " + element + " " + key + " in the descriptor");
    }

    private static String text(ZipFile plugin, String entry) throws Exception {
        assertTrue(entry + " is in the jar", plugin.getEntry(entry) != null);
        try (InputStream in = plugin.getInputStream(plugin.getEntry(entry))) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    @Override
    protected String componentImportsClassName() {
        return "com.gluework.confluence.ComponentImports";
    }
}
