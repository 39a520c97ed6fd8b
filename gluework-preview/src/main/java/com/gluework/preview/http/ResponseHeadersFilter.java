package com.gluework.preview.http;

import com.gluework.web.rest.SecurityHeadersFilter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;

/**
 * Headers for every answer of the preview, pages, assets, avatars and error pages included: no content sniffing and
 * the same {@code Referrer-Policy} as the REST API ({@link SecurityHeadersFilter}). Set before the servlet runs, so a
 * servlet may still choose otherwise. Pages add their own Content-Security-Policy (see {@code PageResponses}).
 */
public final class ResponseHeadersFilter extends HttpFilter {
    private static final long serialVersionUID = 1L;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("Referrer-Policy", SecurityHeadersFilter.REFERRER_POLICY);
        chain.doFilter(request, response);
    }
}
