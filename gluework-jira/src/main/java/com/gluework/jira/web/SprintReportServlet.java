package com.gluework.jira.web;

import com.atlassian.sal.api.auth.LoginUriProvider;
import com.atlassian.webresource.api.assembler.PageBuilderService;
import com.gluework.core.port.CurrentUser;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;
import java.net.URI;
import java.util.Optional;

/**
 * The sprint glue-wins report page in Jira, at {@value SprintReportPage#PATH}{@code ?board=…&sprint=…} (the project
 * sidebar link adds {@code projectKey}, which the page does not need). The plugin system creates it and injects its
 * constructor's arguments from the plugin's Spring context, by type.
 * <p>
 * Read-only: it serves GET (and so HEAD) alone; every other method gets {@link HttpServlet}'s 405, so no state ever
 * changes here and Jira's XSRF protection has nothing to guard. The report names people and their workload, so
 * anonymous visitors are sent to the login page SAL's {@link LoginUriProvider} names (Jira's own, wherever an
 * administrator or an SSO app put it), which brings them back here afterwards. What the parameters mean,
 * and the 400/404 pages for bad ones, is {@link SprintReportPage}'s business.
 */
public final class SprintReportServlet extends HttpServlet {
    private static final long serialVersionUID = 1L;

    private final transient CurrentUser currentUser;
    private final transient SprintReportPage page;
    private final transient PageBuilderService pageBuilderService;
    private final transient LoginUriProvider loginUriProvider;

    public SprintReportServlet(CurrentUser currentUser, SprintReportPage page, PageBuilderService pageBuilderService,
                               LoginUriProvider loginUriProvider) {
        this.currentUser = currentUser;
        this.page = page;
        this.pageBuilderService = pageBuilderService;
        this.loginUriProvider = loginUriProvider;
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Optional<String> viewer = currentUser.key();
        if (viewer.isEmpty()) {
            response.sendRedirect(loginUriProvider.getLoginUri(returnUri(request)).toASCIIString());
            return;
        }
        SprintReportPage.RenderedPage rendered = page.render(viewer.get(), request.getContextPath(),
                request.getParameter(SprintReportPage.BOARD_PARAMETER), request.getParameter(SprintReportPage.SPRINT_PARAMETER));
        // Required before the response is written: the decorator puts the page's resources into the decorated <head>.
        pageBuilderService.assembler().resources().requireContext(SprintReportPage.WEB_RESOURCE_CONTEXT);
        // setStatus, not sendError: sendError would replace the page with the container's error page, undecorated.
        response.setStatus(rendered.status());
        // SiteMesh decorates text/html responses; the content type must be set for the page to get Jira's frame.
        response.setContentType("text/html;charset=UTF-8");
        // The report must not be cached by shared proxies: it is computed over what this viewer may see.
        response.setHeader("Cache-Control", "private, no-store");
        response.getWriter().write(rendered.html());
    }

    /** Where to come back to after logging in: this page's own address, with its query unless that is not a valid URI. */
    static URI returnUri(HttpServletRequest request) {
        String url = request.getRequestURL().toString();
        if (request.getQueryString() != null) {
            try {
                return URI.create(url + "?" + request.getQueryString());
            } catch (IllegalArgumentException e) {
                // a hand-typed query with characters a URI may not hold: come back to the report's defaults instead
            }
        }
        return URI.create(url);
    }
}
