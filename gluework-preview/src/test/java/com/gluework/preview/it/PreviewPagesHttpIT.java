package com.gluework.preview.it;

import com.gluework.web.testing.InlineScripts;
import org.junit.ClassRule;
import org.junit.Test;

import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

/**
 * Everything the running preview serves as HTML or SVG — its pages, its error pages, the panel, history and report
 * fragments, the charts — holds no inline script ({@link InlineScripts}), and every page comes with a
 * Content-Security-Policy whose script sources forbid inline script. The template tests check the templates; this
 * checks what actually goes over the wire, including the pages the servlet container answers itself.
 */
public class PreviewPagesHttpIT {
    @ClassRule
    public static final RunningPreview PREVIEW = new RunningPreview();

    private static final String API = "/rest/gluework/1.0";
    private static final Pattern CONTRIBUTION_ID = Pattern.compile("data-contribution-id=\"(\\d+)\"");

    private final HttpClient http = HttpClient.newHttpClient();

    @Test
    public void everyPage_shouldCarryAStrictScriptPolicyAndHoldNoInlineScript() throws Exception {
        // when: each page as bob, and as a visitor who chose nobody
        Map<String, Integer> pages = Map.ofEntries(
                Map.entry("/browse/GW-1", 200), Map.entry("/report", 200), Map.entry("/report?board=1&sprint=2", 200),
                Map.entry("/browse/GW-999", 404), Map.entry("/report?board=1&sprint=999", 404),
                Map.entry("/report?sprint=x", 400), Map.entry("/packet", 200), Map.entry("/packet?person=carol", 403),
                Map.entry("/packet?person=nobody", 404), Map.entry("/packet?from=30.11.2026", 400),
                Map.entry("/my-glue", 200), Map.entry("/my-glue?to=30.11.2026", 400),
                Map.entry("/no-such-page", 404), Map.entry("/static/preview/no-such-file.js", 404),
                Map.entry("/preview-error", 404));
        List<String> findings = new ArrayList<>();
        for (Map.Entry<String, Integer> page : pages.entrySet()) {
            HttpResponse<String> response = get(page.getKey(), "bob", "text/html");
            assertEquals(page.getKey(), page.getValue().intValue(), response.statusCode());
            assertTrue(page.getKey() + " is a page", response.headers().firstValue("Content-Type").orElse("").startsWith("text/html"));
            findings.addAll(inlineScriptIn(page.getKey(), response));
            findings.addAll(weakScriptPolicy(page.getKey(), response));
        }
        HttpResponse<String> anonymous = get("/browse/GW-1", "anonymous", "text/html");
        findings.addAll(inlineScriptIn("/browse/GW-1 for nobody", anonymous));
        findings.addAll(weakScriptPolicy("/browse/GW-1 for nobody", anonymous));

        // then
        assertEquals(List.of(), findings);
    }

    @Test
    public void unknownPaths_shouldGetThePreviewsOwnNotFoundPage() throws Exception {
        // when
        HttpResponse<String> response = get("/no-such-page", "bob", "text/html");

        // then: a page in the frame, for bob, saying what happened — not the container's error page
        assertEquals(404, response.statusCode());
        assertTrue(response.body(), response.body().contains("<h1 class=\"preview-message-title\">Page not found</h1>"));
        assertTrue(response.body(), response.body().contains("<option value=\"bob\" selected>"));
        assertTrue(response.body(), response.body().startsWith("<!DOCTYPE html>\n<html lang=\"en\">"));
    }

    @Test
    public void everyFragmentAndChart_shouldHoldNoInlineScript() throws Exception {
        // given: a contribution on GW-1 whose history the panel would load
        HttpResponse<String> panel = get(API + "/issues/GW-1/panel", "alice", "text/html");
        Matcher id = CONTRIBUTION_ID.matcher(panel.body());
        assertTrue(panel.body(), id.find());

        // when
        List<String> findings = new ArrayList<>(inlineScriptIn("panel fragment", panel));
        for (String fragment : List.of(API + "/contributions/" + id.group(1) + "/history", API + "/sprints/3/report.html",
                API + "/sprints/3/charts/categories.svg", API + "/sprints/3/charts/distribution.svg")) {
            HttpResponse<String> response = get(fragment, "alice", "text/html, image/svg+xml");
            assertEquals(fragment, 200, response.statusCode());
            findings.addAll(inlineScriptIn(fragment, response));
        }

        // then
        assertEquals(List.of(), findings);
    }

    private static List<String> inlineScriptIn(String what, HttpResponse<String> response) {
        return InlineScripts.inRenderedHtml(response.body()).stream().map(f -> what + ": " + f).toList();
    }

    /** The policy's script sources (script-src, else default-src) must exist and must not allow inline script or eval. */
    private static List<String> weakScriptPolicy(String what, HttpResponse<String> response) {
        Optional<String> policy = response.headers().firstValue("Content-Security-Policy");
        if (policy.isEmpty()) {
            return List.of(what + ": no Content-Security-Policy");
        }
        Map<String, String> directives = new HashMap<>();
        for (String directive : policy.get().split(";")) {
            String[] parts = directive.strip().split("\\s+", 2);
            directives.putIfAbsent(parts[0].toLowerCase(Locale.ROOT), parts.length > 1 ? parts[1] : "");
        }
        String scripts = directives.getOrDefault("script-src", directives.get("default-src"));
        if (scripts == null) {
            return List.of(what + ": the policy sets neither script-src nor default-src: " + policy.get());
        }
        List<String> weak = Arrays.stream(scripts.split("\\s+"))
                .filter(source -> List.of("'unsafe-inline'", "'unsafe-eval'", "'unsafe-hashes'", "*", "data:", "http:", "https:")
                        .contains(source.toLowerCase(Locale.ROOT)))
                .toList();
        return weak.isEmpty() ? List.of() : List.of(what + ": the policy allows " + weak + " for scripts: " + policy.get());
    }

    private HttpResponse<String> get(String path, String user, String accept) throws Exception {
        return http.send(HttpRequest.newBuilder(PREVIEW.url(path)).header("Accept", accept)
                .header("Cookie", "gluework_user=" + user).GET().build(), HttpResponse.BodyHandlers.ofString());
    }
}
