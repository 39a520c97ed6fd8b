package com.gluework.preview.it;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The accessibility gate of the browser tests: axe-core (Deque's rules engine, pinned in package.json and copied into
 * the test classes by the build) runs in the page as the browser rendered it — AUI's styles and the panel's script
 * applied — with the WCAG 2.0 and 2.1 level A and AA rules, and any violation fails the test with a readable list.
 *
 * <p>axe is injected through WebDriver's script execution, which Chromium runs outside the page's
 * Content-Security-Policy (as DevTools would): the page gets no inline script and its CSP stays as strict as it is.
 * {@code AccessibilityBrowserIT} checks that the CSP is in force while axe runs.
 */
final class AxeAudit {
    /** WCAG 2.0 and 2.1, levels A and AA: the conformance target of the pages (docs/decisions.md). */
    static final List<String> TAGS = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa");

    private static final String AXE_RESOURCE = "axe/axe.min.js";
    private static final Duration TIMEOUT = Duration.ofSeconds(60);
    private static final ObjectMapper JSON = new ObjectMapper();
    private static String axeSource;

    private static final String RUN = String.join("\n",
            "const done = arguments[arguments.length - 1];",
            "axe.run(document, {runOnly: {type: 'tag', values: arguments[0]}, resultTypes: ['violations']})",
            "  .then(r => done(JSON.stringify({version: axe.version, violations: r.violations.map(v => ({",
            "      id: v.id, impact: v.impact, help: v.help, helpUrl: v.helpUrl,",
            "      nodes: v.nodes.map(n => ({target: n.target, summary: n.failureSummary}))}))})))",
            "  .catch(e => done(JSON.stringify({error: String(e && e.stack || e)})));");

    private AxeAudit() {
    }

    static void assertNoViolations(WebDriver driver, String page) {
        List<String> violations = violations(driver);
        if (!violations.isEmpty()) {
            throw new AssertionError("axe-core found " + violations.size() + " WCAG 2.1 A/AA violation(s) on " + page
                    + " (" + driver.getCurrentUrl() + "):\n" + String.join("\n", violations));
        }
    }

    /**
     * One readable entry per violated rule: id, impact, axe's help and its link, then the selector of every offending
     * element, each group of elements followed once by what axe says would fix them.
     */
    static List<String> violations(WebDriver driver) {
        JsonNode result = run(driver);
        List<String> readable = new ArrayList<>();
        for (JsonNode violation : result.path("violations")) {
            StringBuilder entry = new StringBuilder()
                    .append("- ").append(violation.path("id").asText())
                    .append(" (").append(violation.path("impact").asText("no impact given")).append("): ")
                    .append(violation.path("help").asText())
                    .append("\n    ").append(violation.path("helpUrl").asText());
            Map<String, List<String>> targetsBySummary = new LinkedHashMap<>();
            for (JsonNode node : violation.path("nodes")) {
                targetsBySummary.computeIfAbsent(node.path("summary").asText(""), s -> new ArrayList<>())
                        .add(selector(node.path("target")));
            }
            targetsBySummary.forEach((summary, targets) -> {
                targets.forEach(target -> entry.append("\n    at ").append(target));
                if (!summary.isEmpty()) {
                    entry.append("\n      ").append(summary.replace("\n", "\n      "));
                }
            });
            readable.add(entry.toString());
        }
        return readable;
    }

    private static JsonNode run(WebDriver driver) {
        JavascriptExecutor js = (JavascriptExecutor) driver;
        driver.manage().timeouts().scriptTimeout(TIMEOUT);
        if (!Boolean.TRUE.equals(js.executeScript("return typeof window.axe === 'object';"))) {
            js.executeScript(source());
        }
        Object answer = js.executeAsyncScript(RUN, TAGS);
        try {
            JsonNode result = JSON.readTree(String.valueOf(answer));
            if (result.has("error")) {
                throw new AssertionError("axe-core could not check " + driver.getCurrentUrl() + ": " + result.path("error").asText());
            }
            return result;
        } catch (IOException e) {
            throw new AssertionError("axe-core answered something that is not JSON: " + answer, e);
        }
    }

    /** A target is a list of selectors, one more for each iframe or shadow root on the way to the element. */
    private static String selector(JsonNode target) {
        List<String> parts = new ArrayList<>();
        target.forEach(t -> parts.add(t.isArray() ? t.toString() : t.asText()));
        return String.join(" >>> ", parts);
    }

    private static synchronized String source() {
        if (axeSource == null) {
            try (InputStream in = AxeAudit.class.getClassLoader().getResourceAsStream(AXE_RESOURCE)) {
                if (in == null) {
                    throw new AssertionError(AXE_RESOURCE + " is not on the test class path: the build copies it from "
                            + "gluework-preview/node_modules/axe-core after `npm install` (package.json devDependencies).");
                }
                axeSource = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return axeSource;
    }
}
