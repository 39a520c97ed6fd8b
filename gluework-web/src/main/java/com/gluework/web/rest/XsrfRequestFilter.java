package com.gluework.web.rest;

import com.gluework.web.rest.dto.ErrorDto;
import com.gluework.web.rest.error.ErrorResponses;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.PreMatching;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.Provider;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import java.util.Set;

/**
 * Refuses cross-site state changes (XSRF) with 403 before any resource runs. Atlassian REST has an XSRF check of its
 * own, but for PUT and DELETE it only logs a failure, so Glue Work enforces the rule itself for every state change
 * (POST, PUT, PATCH, DELETE). Such a request is refused when
 * <ul>
 *   <li>its {@code Origin} header names another origin (scheme, host and port) than the request's own, or is not a
 *       bare origin (user info, a path), or</li>
 *   <li>it carries no {@code X-Atlassian-Token: no-check} header (which browsers only let same-origin scripts add)
 *       and its body is of a type an HTML form or a "simple" cross-site request can send — form-encoded, multipart,
 *       {@code text/plain} — or has no type at all; a DELETE has no body, so it needs the header unless it says it is
 *       JSON.</li>
 * </ul>
 * Glue Work's panel sends JSON and the header from the same origin, so it passes. Found by Jira's package scan of
 * this package; hosts that wire by hand register {@link GlueWorkRestComponents#requestFilters()}.
 */
@Provider
@PreMatching // refuse before resource matching, so no resource, body reader or 415/405 answer runs first
public final class XsrfRequestFilter implements ContainerRequestFilter {
    public static final String TOKEN_HEADER = "X-Atlassian-Token";
    public static final String NO_CHECK = "no-check";
    private static final Set<String> STATE_CHANGING = Set.of("POST", "PUT", "PATCH", "DELETE");
    private static final Set<String> FORM_LIKE_TYPES = Set.of("application/x-www-form-urlencoded", "multipart/form-data",
            "text/plain");

    @Override
    public void filter(ContainerRequestContext request) {
        String method = request.getMethod().toUpperCase(Locale.ROOT);
        if (!STATE_CHANGING.contains(method)) {
            return;
        }
        String origin = request.getHeaderString("Origin");
        if (origin != null && !isSameOrigin(origin, request.getUriInfo().getRequestUri())) {
            refuse(request, "Requests from another site may not change anything here.");
            return;
        }
        boolean hasToken = NO_CHECK.equalsIgnoreCase(strippedOrEmpty(request.getHeaderString(TOKEN_HEADER)));
        MediaType type = mediaTypeOf(request);
        boolean needsToken = type == null || isFormLike(type) || (method.equals("DELETE") && !isJson(type));
        if (needsToken && !hasToken) {
            refuse(request, "This change needs a JSON body or the header " + TOKEN_HEADER + ": " + NO_CHECK + ".");
        }
    }

    private static void refuse(ContainerRequestContext request, String message) {
        request.abortWith(ErrorResponses.of(ErrorDto.of(Response.Status.FORBIDDEN.getStatusCode(), "xsrf",
                "XSRF check failed. " + message)).build());
    }

    /** {@code null} when missing or unreadable: either way it is not a type that proves a same-origin script sent it. */
    private static MediaType mediaTypeOf(ContainerRequestContext request) {
        try {
            return request.getMediaType();
        } catch (RuntimeException unparseable) {
            return null;
        }
    }

    private static boolean isFormLike(MediaType type) {
        return FORM_LIKE_TYPES.contains((type.getType() + "/" + type.getSubtype()).toLowerCase(Locale.ROOT));
    }

    private static boolean isJson(MediaType type) {
        String subtype = type.getSubtype().toLowerCase(Locale.ROOT);
        return type.getType().equalsIgnoreCase("application") && (subtype.equals("json") || subtype.endsWith("+json"));
    }

    /** Compares scheme, host and port; {@code Origin: null} (sandboxed frames, file: pages) is never the same origin. */
    static boolean isSameOrigin(String origin, URI request) {
        try {
            URI uri = new URI(origin.strip());
            if (!isBareOrigin(uri) || request.getScheme() == null || request.getHost() == null) {
                return false;
            }
            return uri.getScheme().equalsIgnoreCase(request.getScheme())
                    && uri.getHost().equalsIgnoreCase(request.getHost())
                    && port(uri) == port(request);
        } catch (URISyntaxException e) {
            return false;
        }
    }

    /**
     * An origin is {@code scheme://host[:port]} and nothing else (RFC 6454 §7): {@code http://evil.example@jira:2990}
     * names the host {@code jira} only after a user name, so anything with user info, a path, query or fragment is
     * not a browser's Origin and is refused.
     */
    public static boolean isBareOrigin(URI uri) {
        return uri.getScheme() != null && uri.getHost() != null && uri.getRawUserInfo() == null
                && (uri.getRawPath() == null || uri.getRawPath().isEmpty()) && uri.getRawQuery() == null
                && uri.getRawFragment() == null;
    }

    private static int port(URI uri) {
        if (uri.getPort() > 0) {
            return uri.getPort();
        }
        return "https".equalsIgnoreCase(uri.getScheme()) ? 443 : 80;
    }

    private static String strippedOrEmpty(String value) {
        return value == null ? "" : value.strip();
    }
}
