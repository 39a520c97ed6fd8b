package com.gluework.preview.pages;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Serves the pages' static files from the classpath, and nothing else: each URL prefix maps to one classpath folder
 * (AUI copied from npm at build time, the preview's own files, gluework-web's panel JS and CSS). JavaScript goes
 * through {@link JsI18nTransformer} like a Jira web resource. Files are read once and kept in memory.
 */
public final class ClasspathAssetServlet extends HttpServlet {
    private static final long serialVersionUID = 1L;
    private static final Map<String, String> CONTENT_TYPES = Map.of(
            "js", "text/javascript;charset=UTF-8", "css", "text/css;charset=UTF-8", "svg", "image/svg+xml",
            "woff", "font/woff", "ttf", "font/ttf", "eot", "application/vnd.ms-fontobject");

    /** URL path below the servlet (e.g. {@code /aui/}) to classpath folder (e.g. {@code static/aui/}). */
    private final transient Map<String, String> roots;
    private final transient JsI18nTransformer jsI18n;
    private final transient Map<String, Optional<byte[]>> cache = new ConcurrentHashMap<>();

    public ClasspathAssetServlet(Map<String, String> roots, JsI18nTransformer jsI18n) {
        this.roots = Map.copyOf(roots);
        this.jsI18n = jsI18n;
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String path = request.getPathInfo();
        Optional<String> resource = resourceFor(path);
        String extension = path == null ? "" : path.substring(path.lastIndexOf('.') + 1).toLowerCase(Locale.ROOT);
        Optional<byte[]> body = resource.flatMap(r -> cache.computeIfAbsent(r, this::load));
        if (body.isEmpty() || !CONTENT_TYPES.containsKey(extension)) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        response.setContentType(CONTENT_TYPES.get(extension));
        response.setHeader("Cache-Control", "no-cache");
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setContentLength(body.get().length);
        response.getOutputStream().write(body.get());
    }

    /** Only plain names below a known root: no {@code ..}, no empty segments, no backslashes. */
    Optional<String> resourceFor(String path) {
        if (path == null || path.contains("..") || path.contains("//") || path.contains("\\")) {
            return Optional.empty();
        }
        return roots.entrySet().stream()
                .filter(root -> path.startsWith(root.getKey()) && path.length() > root.getKey().length())
                .map(root -> root.getValue() + path.substring(root.getKey().length()))
                .findFirst();
    }

    private Optional<byte[]> load(String resource) {
        try (InputStream in = ClasspathAssetServlet.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                return Optional.empty();
            }
            byte[] bytes = in.readAllBytes();
            if (resource.endsWith(".js")) {
                bytes = jsI18n.transform(new String(bytes, StandardCharsets.UTF_8)).getBytes(StandardCharsets.UTF_8);
            }
            return Optional.of(bytes);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + resource, e);
        }
    }
}
