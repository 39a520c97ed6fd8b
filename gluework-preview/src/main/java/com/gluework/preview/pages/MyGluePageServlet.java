package com.gluework.preview.pages;

import com.gluework.core.port.CurrentUser;
import com.gluework.web.view.MyGluePage;
import com.gluework.web.view.ViewRenderer;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;
import java.util.Optional;

/**
 * {@code /my-glue[?week=2026-W48&from=2026-09-01&to=2026-11-30]}, the preview's "My glue" page: the acting user's weekly note form,
 * their notes and their glue timeline. What the request means and the statuses are gluework-web's {@link MyGluePage},
 * shared with Jira's page; a refusal gets a message page with that status.
 */
public final class MyGluePageServlet extends HttpServlet {
    public static final String PATH = "/my-glue";
    private static final long serialVersionUID = 1L;

    private final transient MyGluePage page;
    private final transient IssuePageViewFactory pages;
    private final transient ViewRenderer renderer;
    private final transient CurrentUser currentUser;

    public MyGluePageServlet(MyGluePage page, IssuePageViewFactory pages, ViewRenderer renderer, CurrentUser currentUser) {
        this.page = page;
        this.pages = pages;
        this.renderer = renderer;
        this.currentUser = currentUser;
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Optional<String> viewer = currentUser.key();
        MyGluePage.Rendered rendered = page.render(viewer, request.getParameter("from"), request.getParameter("to"),
                request.getParameter("week"),
                request.getContextPath() + PATH, request.getContextPath() + "/packet");
        if (rendered.status() == HttpServletResponse.SC_OK) {
            PageResponses.send(response, renderer, rendered.status(), MyGluePageView.TEMPLATE,
                    new MyGluePageView(pages.frame(viewer), rendered.title(), rendered.bodyHtml()));
        } else {
            String message = rendered.status() == HttpServletResponse.SC_UNAUTHORIZED
                    ? "Pick who you are in the menu at the top right to see your glue. (Preview only: there are no real logins here.)"
                    : rendered.message();
            PageResponses.send(response, renderer, rendered.status(), MessagePageView.TEMPLATE,
                    new MessagePageView(pages.frame(viewer), rendered.title(), message));
        }
    }
}
