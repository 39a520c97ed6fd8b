package com.gluework.preview.pages;

import com.gluework.web.view.ViewRenderer;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;

/**
 * Writes a rendered preview page with the headers every page carries: no caching (pages differ per demo user), no
 * content sniffing, and a Content-Security-Policy that allows only the preview's own scripts and styles.
 */
final class PageResponses {
    private static final String CONTENT_SECURITY_POLICY = "default-src 'self'; img-src 'self' data:; "
            + "style-src 'self' 'unsafe-inline'; font-src 'self' data:; object-src 'none'; base-uri 'none'; "
            + "frame-ancestors 'none'";

    private PageResponses() {
    }

    /** Renders {@code template} with the page model under {@code $page} and sends it with {@code status}. */
    static void send(HttpServletResponse response, ViewRenderer renderer, int status, String template, Object page)
            throws IOException {
        byte[] html = renderer.render(template, Map.of("page", page)).getBytes(StandardCharsets.UTF_8);
        response.setStatus(status);
        response.setContentType("text/html;charset=UTF-8");
        response.setHeader("Cache-Control", "no-store");
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("Content-Security-Policy", CONTENT_SECURITY_POLICY);
        response.setContentLength(html.length);
        response.getOutputStream().write(html);
    }
}
