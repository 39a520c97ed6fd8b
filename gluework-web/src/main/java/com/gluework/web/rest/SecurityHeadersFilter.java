package com.gluework.web.rest;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.ext.Provider;

/**
 * The headers every answer of the API carries, errors included, whatever the resource set:
 * <ul>
 *   <li>{@code Cache-Control: no-store} unless the resource chose otherwise — every answer depends on who asks;</li>
 *   <li>{@code X-Content-Type-Options: nosniff}, so JSON or CSV is never run as a script or page;</li>
 *   <li>{@code Referrer-Policy: same-origin}, so issue keys and ids in our URLs do not leak to linked sites;</li>
 *   <li>on HTML fragments, a Content-Security-Policy that allows only our own origin and may be framed only by it
 *       ({@code frame-ancestors 'self'}) — opened on its own, a fragment is still a page.</li>
 * </ul>
 * Found by Jira's package scan; hosts that wire by hand register {@link GlueWorkRestComponents#providers()}.
 */
@Provider
public final class SecurityHeadersFilter implements ContainerResponseFilter {
    public static final String FRAGMENT_POLICY = "default-src 'self'; img-src 'self' data:; "
            + "style-src 'self' 'unsafe-inline'; object-src 'none'; base-uri 'none'; form-action 'self'; "
            + "frame-ancestors 'self'";
    public static final String REFERRER_POLICY = "same-origin";

    @Override
    public void filter(ContainerRequestContext request, ContainerResponseContext response) {
        MultivaluedMap<String, Object> headers = response.getHeaders();
        putIfAbsent(headers, HttpHeaders.CACHE_CONTROL, "no-store");
        headers.putSingle("X-Content-Type-Options", "nosniff");
        headers.putSingle("Referrer-Policy", REFERRER_POLICY);
        MediaType type = response.getMediaType();
        if (type != null && type.isCompatible(MediaType.TEXT_HTML_TYPE)) {
            putIfAbsent(headers, "Content-Security-Policy", FRAGMENT_POLICY);
        }
    }

    private static void putIfAbsent(MultivaluedMap<String, Object> headers, String name, String value) {
        if (headers.keySet().stream().noneMatch(name::equalsIgnoreCase)) {
            headers.putSingle(name, value);
        }
    }
}
