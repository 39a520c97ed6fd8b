package com.gluework.preview.pages;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;

/**
 * {@code /} on a live Jira: there is no demo issue to open, so the preview starts at the page that lists what the
 * token's user sees, Glue wins with the Jira's boards.
 */
public final class RedirectServlet extends HttpServlet {
    private static final long serialVersionUID = 1L;

    private final String target;

    /** @param target a path inside the preview, e.g. {@code /report} */
    public RedirectServlet(String target) {
        this.target = target;
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        response.sendRedirect(request.getContextPath() + target);
    }
}
