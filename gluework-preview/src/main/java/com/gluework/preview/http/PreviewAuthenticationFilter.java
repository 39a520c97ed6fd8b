package com.gluework.preview.http;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Locale;
import java.util.Optional;

/**
 * Works out who is calling — PREVIEW ONLY, see {@link DemoLogins}: HTTP Basic with a demo user (password = user name),
 * else the user switcher's {@value #USER_COOKIE} cookie, else anonymous. Wrong Basic credentials get 401 like Jira,
 * rather than silently falling back to anonymous. The user is held for exactly the duration of the request.
 * <p>
 * A first visit to a page (no cookie at all, not a REST call) acts as the team lead {@value #FIRST_VISIT_USER} and sets
 * the cookie, so the README's "open http://localhost:2990/" lands on a working panel. Choosing "Nobody" in the switcher
 * stores {@value #ANONYMOUS} explicitly. REST calls never get this default: without Basic or the cookie they are anonymous.
 */
public final class PreviewAuthenticationFilter extends HttpFilter {
    public static final String USER_COOKIE = "gluework_user";
    public static final String FIRST_VISIT_USER = "alice";
    public static final String ANONYMOUS = "anonymous";
    private static final long serialVersionUID = 1L;
    private static final String BASIC = "basic ";

    private final transient DemoLogins logins;
    private final transient PreviewCurrentUser currentUser;

    public PreviewAuthenticationFilter(DemoLogins logins, PreviewCurrentUser currentUser) {
        this.logins = logins;
        this.currentUser = currentUser;
    }

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        String authorization = request.getHeader("Authorization");
        Optional<String> user;
        if (authorization != null && authorization.toLowerCase(Locale.ROOT).startsWith(BASIC)) {
            user = basicUser(authorization.substring(BASIC.length()).strip());
            if (user.isEmpty()) {
                response.setHeader("WWW-Authenticate", "Basic realm=\"Glue Work preview\"");
                JsonErrors.send(response, HttpServletResponse.SC_UNAUTHORIZED, "user",
                        "Wrong user name or password. In the preview every demo user's password is their user name.");
                return;
            }
        } else {
            String switched = cookie(request, USER_COOKIE);
            if (switched == null && isFirstPageVisit(request)) {
                switched = FIRST_VISIT_USER;
                response.addHeader("Set-Cookie", USER_COOKIE + "=" + FIRST_VISIT_USER + "; Path=/; SameSite=Lax");
            }
            user = logins.switchedTo(switched);
        }
        currentUser.set(user.orElse(null));
        try {
            chain.doFilter(request, response);
        } finally {
            currentUser.clear();
        }
    }

    private static boolean isFirstPageVisit(HttpServletRequest request) {
        String uri = request.getRequestURI();
        if (uri == null || !"GET".equals(request.getMethod())) {
            return false;
        }
        String contextPath = request.getContextPath() == null ? "" : request.getContextPath();
        String path = uri.substring(Math.min(contextPath.length(), uri.length()));
        return !path.startsWith("/rest/") && !path.startsWith("/static/");
    }

    private Optional<String> basicUser(String encoded) {
        String decoded;
        try {
            decoded = new String(Base64.getDecoder().decode(encoded), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
        int colon = decoded.indexOf(':');
        return colon < 0 ? Optional.empty() : logins.authenticate(decoded.substring(0, colon), decoded.substring(colon + 1));
    }

    private static String cookie(HttpServletRequest request, String name) {
        Cookie[] cookies = request.getCookies();
        if (cookies == null) {
            return null;
        }
        for (Cookie cookie : cookies) {
            if (name.equals(cookie.getName())) {
                return cookie.getValue();
            }
        }
        return null;
    }
}
