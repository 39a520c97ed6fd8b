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
 */
public final class PreviewAuthenticationFilter extends HttpFilter {
    public static final String USER_COOKIE = "gluework_user";
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
            user = logins.switchedTo(cookie(request, USER_COOKIE));
        }
        currentUser.set(user.orElse(null));
        try {
            chain.doFilter(request, response);
        } finally {
            currentUser.clear();
        }
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
