package com.gluework.preview.pages;

import com.gluework.core.error.GlueWorkException;
import com.gluework.core.error.NotFoundException;
import com.gluework.core.port.CurrentUser;
import com.gluework.web.view.ReportLinks;
import com.gluework.web.view.SprintReportView;
import com.gluework.web.view.SprintReportViewFactory;
import com.gluework.web.view.ViewRenderer;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;
import java.util.Map;
import java.util.Optional;

/**
 * {@code /report[?board=1&sprint=3]}, the preview's "Glue wins" page: the sprint report's body from gluework-web's
 * factory and template (as Jira's report page renders it) inside the Jira-like frame. Anonymous visitors are asked to
 * pick a demo user; an unknown board or sprint gets a 404 page; a missing Jira Software the report's own message.
 */
public final class SprintReportPageServlet extends HttpServlet {
    private static final long serialVersionUID = 1L;

    private final transient SprintReportViewFactory reports;
    private final transient IssuePageViewFactory pages;
    private final transient ViewRenderer renderer;
    private final transient CurrentUser currentUser;

    public SprintReportPageServlet(SprintReportViewFactory reports, IssuePageViewFactory pages, ViewRenderer renderer,
                                   CurrentUser currentUser) {
        this.reports = reports;
        this.pages = pages;
        this.renderer = renderer;
        this.currentUser = currentUser;
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Optional<String> viewer = currentUser.key();
        if (viewer.isEmpty()) {
            PageResponses.send(response, renderer, HttpServletResponse.SC_OK, MessagePageView.TEMPLATE, new MessagePageView(pages.frame(viewer),
                    "Choose a demo user", "Pick who you are in the menu at the top right to see the sprint's glue wins. "
                    + "(Preview only: there are no real logins here.)"));
            return;
        }
        try {
            Optional<Long> board = number(request.getParameter("board"));
            Optional<Long> sprint = number(request.getParameter("sprint"));
            SprintReportView view = reports.create(viewer, board, sprint,
                    ReportLinks.under(request.getContextPath(), "/report"));
            String body = renderer.render(SprintReportView.TEMPLATE, Map.of(SprintReportView.CONTEXT_KEY, view));
            PageResponses.send(response, renderer, HttpServletResponse.SC_OK, ReportPageView.TEMPLATE, new ReportPageView(pages.frame(viewer), body));
        } catch (GlueWorkException e) {
            int status = e instanceof NotFoundException ? HttpServletResponse.SC_NOT_FOUND
                    : HttpServletResponse.SC_SERVICE_UNAVAILABLE;
            PageResponses.send(response, renderer, status, MessagePageView.TEMPLATE, new MessagePageView(pages.frame(viewer), "Glue wins",
                    e.errors().isEmpty() ? "The report is not available." : e.errors().get(0).message()));
        }
    }

    /** A picker value; anything that is not a number is answered like an unknown board or sprint. */
    private static Optional<Long> number(String value) {
        if (value == null || value.isBlank()) {
            return Optional.empty();
        }
        try {
            return Optional.of(Long.parseLong(value.strip()));
        } catch (NumberFormatException e) {
            throw new NotFoundException("sprint", "There is no board or sprint \"" + value + "\".");
        }
    }
}
