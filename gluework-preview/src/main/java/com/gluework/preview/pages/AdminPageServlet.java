package com.gluework.preview.pages;

import com.gluework.core.port.CurrentUser;
import com.gluework.web.rest.GlueWorkRestComponents;
import com.gluework.web.view.AdminPageTemplate;
import com.gluework.web.view.ViewRenderer;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;
import java.util.Optional;

/**
 * {@code /admin[?projectKey=GW]}, the preview's copy of Jira's "Glue Work" administration page: the shared body
 * template ({@link AdminPageTemplate#TEMPLATE}) and script, inside the Jira-like frame. Everyone logged in may open it and read
 * the definitions; only administrators get the forms (the REST API refuses everybody else's changes). Anonymous
 * visitors are asked to pick a demo user. GET only: every change goes through the REST API.
 */
public final class AdminPageServlet extends HttpServlet {
    private static final long serialVersionUID = 1L;

    private final transient IssuePageViewFactory pages;
    private final transient ViewRenderer renderer;
    private final transient CurrentUser currentUser;

    public AdminPageServlet(IssuePageViewFactory pages, ViewRenderer renderer, CurrentUser currentUser) {
        this.pages = pages;
        this.renderer = renderer;
        this.currentUser = currentUser;
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Optional<String> viewer = currentUser.key();
        if (viewer.isEmpty()) {
            PageResponses.send(response, renderer, HttpServletResponse.SC_OK, MessagePageView.TEMPLATE, new MessagePageView(
                    pages.frame(viewer), "Choose a demo user", "Pick who you are in the menu at the top right to see what "
                    + "counts as glue. (Preview only: there are no real logins here.)"));
            return;
        }
        String projectKey = Optional.ofNullable(request.getParameter("projectKey")).map(String::strip).orElse("");
        String body = renderer.render(AdminPageTemplate.TEMPLATE,
                AdminPageTemplate.context(request.getContextPath() + GlueWorkRestComponents.BASE_PATH, projectKey));
        PageResponses.send(response, renderer, HttpServletResponse.SC_OK, AdminPageView.TEMPLATE,
                new AdminPageView(pages.frame(viewer), body));
    }
}
