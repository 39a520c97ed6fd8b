package com.gluework.preview.pages;

import com.gluework.core.port.CurrentUser;
import com.gluework.web.view.ReportLinks;
import com.gluework.web.view.SprintReportPageView;
import com.gluework.web.view.SprintReportPageViewFactory;
import com.gluework.web.view.ViewRenderer;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;
import java.util.Optional;

/**
 * {@code /report[?board=1&sprint=3]}, the preview's "Glue wins" page: what gluework-web's
 * {@link SprintReportPageViewFactory} decides for the request — the same status, notice and report body as Jira's
 * report page — inside the Jira-like frame. Anonymous visitors are asked to pick a demo user.
 */
public final class SprintReportPageServlet extends HttpServlet {
    private static final long serialVersionUID = 1L;

    private final transient SprintReportPageViewFactory reportPages;
    private final transient IssuePageViewFactory pages;
    private final transient ViewRenderer renderer;
    private final transient CurrentUser currentUser;

    public SprintReportPageServlet(SprintReportPageViewFactory reportPages, IssuePageViewFactory pages, ViewRenderer renderer,
                                   CurrentUser currentUser) {
        this.reportPages = reportPages;
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
        SprintReportPageView page = reportPages.create(viewer, request.getParameter(SprintReportPageViewFactory.BOARD_PARAMETER),
                request.getParameter(SprintReportPageViewFactory.SPRINT_PARAMETER), ReportLinks.under(request.getContextPath(), "/report"));
        PageResponses.send(response, renderer, page.status(), ReportPageView.TEMPLATE,
                new ReportPageView(pages.frame(viewer), page.notice(), page.noticeType(), page.reportBodyHtml()));
    }
}
