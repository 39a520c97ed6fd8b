package com.gluework.preview.http;

import com.gluework.web.rest.XsrfRequestFilter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import java.util.Set;

/**
 * The XSRF rules of Atlassian REST ({@code XsrfResourceFilter}), so the preview refuses what Jira refuses. A state
 * change (POST, PUT, DELETE, PATCH) is refused with 403 when
 * <ul>
 *   <li>its {@code Origin} header names another origin than the preview's own, or</li>
 *   <li>its body type is one an HTML form or a "simple" cross-site request can send — form-encoded, multipart,
 *       {@code text/plain} — or is missing, unless it carries {@code X-Atlassian-Token: no-check}, which browsers
 *       only let same-origin scripts add.</li>
 * </ul>
 * A request that passes with {@code no-check} but is not JSON still meets the resources' {@code @Consumes(JSON)}
 * and gets 415. Glue Work's own JavaScript sends JSON from the same origin, so it passes untouched.
 */
public final class AtlassianXsrfFilter extends HttpFilter {
    public static final String TOKEN_HEADER = "X-Atlassian-Token";
    public static final String NO_CHECK = "no-check";
    private static final long serialVersionUID = 1L;
    private static final Set<String> STATE_CHANGING = Set.of("POST", "PUT", "DELETE", "PATCH");
    private static final Set<String> FORM_LIKE_TYPES = Set.of("application/x-www-form-urlencoded", "multipart/form-data", "text/plain");

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if (STATE_CHANGING.contains(request.getMethod().toUpperCase(Locale.ROOT))) {
            String origin = request.getHeader("Origin");
            if (origin != null && !isSameOrigin(origin, request)) {
                JsonErrors.send(response, HttpServletResponse.SC_FORBIDDEN, "Origin",
                        "XSRF check failed: requests from another site may not change anything here.");
                return;
            }
            if (isFormLike(request.getHeader("Content-Type")) && !NO_CHECK.equalsIgnoreCase(request.getHeader(TOKEN_HEADER))) {
                JsonErrors.send(response, HttpServletResponse.SC_FORBIDDEN, TOKEN_HEADER,
                        "XSRF check failed: send JSON, or the header X-Atlassian-Token: no-check.");
                return;
            }
        }
        chain.doFilter(request, response);
    }

    static boolean isFormLike(String contentType) {
        if (contentType == null || contentType.isBlank()) {
            return true;
        }
        int semicolon = contentType.indexOf(';');
        String mediaType = (semicolon < 0 ? contentType : contentType.substring(0, semicolon)).strip().toLowerCase(Locale.ROOT);
        return mediaType.isEmpty() || FORM_LIKE_TYPES.contains(mediaType);
    }

    /** Compares scheme, host and port; {@code Origin: null} (sandboxed frames, file: pages) is never same-origin. */
    static boolean isSameOrigin(String origin, HttpServletRequest request) {
        try {
            URI uri = new URI(origin.strip());
            // scheme://host[:port] only: "http://evil.example@localhost:2990" is user info before our host
            if (!XsrfRequestFilter.isBareOrigin(uri)) {
                return false;
            }
            return uri.getScheme().equalsIgnoreCase(request.getScheme())
                    && uri.getHost().equalsIgnoreCase(request.getServerName())
                    && port(uri.getScheme(), uri.getPort()) == port(request.getScheme(), request.getServerPort());
        } catch (URISyntaxException e) {
            return false;
        }
    }

    private static int port(String scheme, int port) {
        if (port > 0) {
            return port;
        }
        return "https".equalsIgnoreCase(scheme) ? 443 : 80;
    }
}
