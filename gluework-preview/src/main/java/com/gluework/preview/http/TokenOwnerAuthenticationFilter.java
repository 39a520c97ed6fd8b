package com.gluework.preview.http;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Locale;
import java.util.function.Supplier;

/**
 * Who is calling, on a live Jira: always the owner of the preview's personal access token, and nobody else. The
 * names in a live Jira are real people's, so there is no user switcher and no demo login: HTTP Basic is refused with
 * 401 (without {@code WWW-Authenticate}, so browsers do not offer a login box) and the switcher's cookie is ignored.
 * <p>
 * Because every visitor acts as the token's owner, the preview answers on this computer only: the connector listens on
 * the loopback interface, and a request whose {@code Host} is not a loopback name is refused with 403, so a web page
 * that rebinds its own host name to 127.0.0.1 (DNS rebinding) cannot read the owner's Jira through the preview.
 * <p>
 * Static files ({@code /static/}) are served without asking Jira who the owner is. When Jira cannot name the owner
 * (down, slow, token refused) the supplier throws, and the failure reaches the page
 * filter before this one, which answers it as a gateway error naming the Jira URL.
 */
public final class TokenOwnerAuthenticationFilter extends HttpFilter {
    private static final long serialVersionUID = 1L;

    private final transient Supplier<String> ownerKey;
    private final transient PreviewCurrentUser currentUser;

    /** @param ownerKey the token owner's user key; throws when Jira cannot say */
    public TokenOwnerAuthenticationFilter(Supplier<String> ownerKey, PreviewCurrentUser currentUser) {
        this.ownerKey = ownerKey;
        this.currentUser = currentUser;
    }

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if (!isLoopbackName(request.getServerName()) || !isLoopbackAddress(request.getRemoteAddr())) {
            JsonErrors.send(response, HttpServletResponse.SC_FORBIDDEN, "host",
                    "This preview acts as the owner of its Jira token, so it answers at localhost only.");
            return;
        }
        String authorization = request.getHeader("Authorization");
        if (authorization != null && !authorization.isBlank()) {
            JsonErrors.send(response, HttpServletResponse.SC_UNAUTHORIZED, "user",
                    "This preview has no logins: it acts as the owner of its Jira token, and only as them.");
            return;
        }
        if (isStaticFile(request)) {
            // Styles and scripts need no user, and must load even while Jira is down (the page saying so uses them).
            chain.doFilter(request, response);
            return;
        }
        currentUser.set(ownerKey.get());
        try {
            chain.doFilter(request, response);
        } finally {
            currentUser.clear();
        }
    }

    private static boolean isStaticFile(HttpServletRequest request) {
        String uri = request.getRequestURI();
        String contextPath = request.getContextPath() == null ? "" : request.getContextPath();
        return uri != null && uri.startsWith(contextPath + "/static/");
    }

    static boolean isLoopbackName(String host) {
        if (host == null) {
            return false;
        }
        String name = host.strip().toLowerCase(Locale.ROOT);
        if (name.startsWith("[") && name.endsWith("]")) {
            name = name.substring(1, name.length() - 1);
        }
        return name.equals("localhost") || name.endsWith(".localhost") || name.equals("::1")
                || name.matches("127(\\.\\d{1,3}){3}");
    }

    private static boolean isLoopbackAddress(String address) {
        try {
            // A literal address from the connector: no name lookup happens.
            return address != null && InetAddress.getByName(address).isLoopbackAddress();
        } catch (UnknownHostException e) {
            return false;
        }
    }
}
