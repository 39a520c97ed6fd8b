package com.gluework.web.view;

import org.junit.Assume;
import org.junit.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

/** Static checks on the panel's script and template: the rules a reviewer would otherwise have to remember. */
public class PanelScriptTest {
    private final String script = WebResourceFiles.text(WebResourceFiles.SCRIPT);
    private final String template = WebResourceFiles.allTemplates();

    @Test
    public void script_shouldBeValidJavaScriptForNode() throws Exception {
        // Jira serves the file as is (no bundler), so a syntax error would only show up in a user's browser.
        Path copy = Files.createTempFile("gluework-panel", ".js");
        Files.writeString(copy, script);
        Process node;
        try {
            node = new ProcessBuilder("node", "--check", copy.toString()).redirectErrorStream(true).start();
        } catch (IOException noNode) {
            Assume.assumeNoException("node is not installed", noNode);
            return;
        }
        String output = new String(node.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        assertEquals(output, 0, node.waitFor());
        Files.delete(copy);
    }

    @Test
    public void script_shouldNeverTurnStringsIntoMarkupOrCode() {
        for (String sink : List.of("innerHTML", "outerHTML", "insertAdjacentHTML", "document.write", "eval(",
                "new Function", "setTimeout('", "jQuery(", "$(")) {
            assertFalse(sink, script.contains(sink));
        }
    }

    @Test
    public void script_shouldPostJsonWithAtlassiansXsrfHeaderToTheRestBase() {
        assertTrue(script.contains("'Content-Type': 'application/json'"));
        assertTrue(script.contains("'X-Atlassian-Token': 'no-check'"));
        assertTrue(script.contains("window.AJS.contextPath()"));
        assertTrue(script.contains("'/rest/gluework/1.0'"));
        assertTrue(script.contains("'/panel'"));
        assertTrue(script.contains("'/contributions'"));
        assertTrue(script.contains("'/corroborations'"));
        assertTrue(script.contains("'/corroborations/mine'"));
        assertTrue(script.contains("'/retire'"));
        assertTrue(script.contains("'/restore'"));
        assertTrue(script.contains("'/history'"));
        assertTrue(script.contains("'/people?query='"));
        assertTrue(script.contains("send('PUT', contributionUrl("));
    }

    @Test
    public void script_shouldOnlyTargetClassesTheTemplateRenders() {
        // when
        List<String> missing = new ArrayList<>();
        for (String cssClass : WebResourceFiles.all(Pattern.compile("\\.(gluework-[a-z-]+)"), script)) {
            if (!Pattern.compile("class=\"[^\"]*\\b" + cssClass + "\\b").matcher(template).find()) {
                missing.add(cssClass);
            }
        }

        // then
        assertEquals(List.of(), missing);
    }

    @Test
    public void template_shouldCarryNoScriptNoInlineHandlerAndNoStyle() {
        assertFalse(template.contains("<script"));
        assertFalse(template.contains("style="));
        assertFalse(Pattern.compile("\\son[a-z]+\\s*=", Pattern.CASE_INSENSITIVE).matcher(template).find());
    }

    @Test
    public void template_shouldNeverInsertAReferenceNamedAsTrustedHtml() {
        assertFalse(Pattern.compile("\\$!?\\{?[A-Za-z0-9_.]*(html|Html|HTML)\\b").matcher(template).find());
        assertFalse(template.contains(".render"));
    }
}
