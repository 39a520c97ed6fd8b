package com.gluework.preview.pages;

import com.gluework.core.port.CurrentUser;
import com.gluework.web.view.ViewRenderer;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;
import java.util.Optional;

/**
 * {@code /browse/{issueKey}}, the preview's issue page, and {@code /}, which opens the first demo issue. Anonymous
 * visitors are asked to pick a demo user (the same prompt for every key, so it reveals nothing); an unknown issue and
 * one the viewer may not browse get the same 404 page.
 */
public final class IssuePageServlet extends HttpServlet {
    private static final long serialVersionUID = 1L;

    private final transient IssuePageViewFactory pages;
    private final transient ViewRenderer renderer;
    private final transient CurrentUser currentUser;
    private final String homeIssueKey;

    public IssuePageServlet(IssuePageViewFactory pages, ViewRenderer renderer, CurrentUser currentUser, String homeIssueKey) {
        this.pages = pages;
        this.renderer = renderer;
        this.currentUser = currentUser;
        this.homeIssueKey = homeIssueKey;
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String path = request.getPathInfo();
        if (!"/browse".equals(request.getServletPath()) || path == null || path.length() < 2) {
            response.sendRedirect(request.getContextPath() + "/browse/" + homeIssueKey);
            return;
        }
        String issueKey = path.substring(1);
        Optional<String> viewer = currentUser.key();
        if (viewer.isEmpty()) {
            PageResponses.send(response, renderer, HttpServletResponse.SC_OK, MessagePageView.TEMPLATE, new MessagePageView(pages.frame(viewer),
                    "Choose a demo user", "Pick who you are in the menu at the top right to see " + issueKey
                    + " and its Glue Work panel. (Preview only: there are no real logins here.)"));
            return;
        }
        Optional<IssuePageView> page = pages.create(issueKey, viewer);
        if (page.isEmpty()) {
            PageResponses.send(response, renderer, HttpServletResponse.SC_NOT_FOUND, MessagePageView.TEMPLATE, new MessagePageView(pages.frame(viewer),
                    "Issue not found", "Issue " + issueKey + " does not exist or you do not have permission to see it."));
            return;
        }
        PageResponses.send(response, renderer, HttpServletResponse.SC_OK, IssuePageView.TEMPLATE, page.get());
    }
}
