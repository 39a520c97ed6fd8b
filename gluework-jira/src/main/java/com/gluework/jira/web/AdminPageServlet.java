package com.gluework.jira.web;

import com.atlassian.sal.api.auth.LoginUriProvider;
import com.atlassian.webresource.api.assembler.PageBuilderService;
import com.gluework.core.port.CurrentUser;
import com.gluework.core.port.HostRoles;
import com.gluework.web.rest.GlueWorkRestComponents;
import com.gluework.web.view.AdminPageTemplate;
import com.gluework.web.view.ViewRenderer;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;
import java.util.Map;
import java.util.Optional;

/**
 * "Glue Work" in Jira administration, at {@value #PATH}{@code [?projectKey=GW]}: the categories, the rubric and the
 * settings, edited through the REST API by js/gluework-admin.js. The plugin system creates it and injects its
 * constructor's arguments from the plugin's Spring context, by type.
 * <p>
 * GET only (every other method gets {@link HttpServlet}'s 405): changes go through the REST API, which checks the
 * administrator and XSRF itself. Anonymous visitors are sent to Jira's login page and come back; people who are not
 * Jira administrators get 403 — Jira's admin menu does not show them the link either — except a project's
 * administrators opening their project's set ({@code ?projectKey=GW}).
 */
public final class AdminPageServlet extends HttpServlet {
    public static final String PATH = "/plugins/servlet/gluework/admin";
    public static final String TEMPLATE = "templates/gluework/jira-admin-page.vm";
    private static final long serialVersionUID = 1L;

    private final transient CurrentUser currentUser;
    private final transient HostRoles roles;
    private final transient ViewRenderer renderer;
    private final transient PageBuilderService pageBuilderService;
    private final transient LoginUriProvider loginUriProvider;

    public AdminPageServlet(CurrentUser currentUser, HostRoles roles, ViewRenderer renderer,
                            PageBuilderService pageBuilderService, LoginUriProvider loginUriProvider) {
        this.currentUser = currentUser;
        this.roles = roles;
        this.renderer = renderer;
        this.pageBuilderService = pageBuilderService;
        this.loginUriProvider = loginUriProvider;
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Optional<String> viewer = currentUser.key();
        if (viewer.isEmpty()) {
            response.sendRedirect(loginUriProvider.getLoginUri(SprintReportServlet.returnUri(request)).toASCIIString());
            return;
        }
        String projectKey = request.getParameter("projectKey");
        boolean projectAdmin = projectKey != null && !projectKey.isBlank()
                && roles.isProjectAdministrator(viewer.get(), projectKey.strip());
        if (!roles.isAdministrator(viewer.get()) && !projectAdmin) {
            response.sendError(HttpServletResponse.SC_FORBIDDEN, "Only Jira administrators may open the Glue Work administration.");
            return;
        }
        String body = renderer.render(AdminPageTemplate.TEMPLATE, AdminPageTemplate.context(
                request.getContextPath() + GlueWorkRestComponents.BASE_PATH, projectKey));
        String html = renderer.render(TEMPLATE, Map.of("adminBodyHtml", body));
        // Before the response is written: the decorator puts the page's resources into the decorated <head>.
        pageBuilderService.assembler().resources().requireContext(AdminPageTemplate.WEB_RESOURCE_CONTEXT);
        response.setContentType("text/html;charset=UTF-8");
        response.setHeader("Cache-Control", "private, no-store");
        response.getWriter().write(html);
    }
}
