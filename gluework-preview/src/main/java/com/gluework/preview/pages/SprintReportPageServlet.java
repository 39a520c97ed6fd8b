package com.gluework.preview.pages;

import com.gluework.core.error.NotFoundException;
import com.gluework.core.port.CurrentUser;
import com.gluework.core.privacy.ProjectPrivacy;
import com.gluework.core.service.ProjectPrivacyService;
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
    private transient ProjectPrivacyService projectPrivacy;
    private String privacyProjectKey = "";

    public SprintReportPageServlet(SprintReportPageViewFactory reportPages, IssuePageViewFactory pages, ViewRenderer renderer,
                                   CurrentUser currentUser) {
        this.reportPages = reportPages;
        this.pages = pages;
        this.renderer = renderer;
        this.currentUser = currentUser;
    }

    /**
     * Shows a project's administrators the per-person privacy control above the report (issue 11); the project is
     * the request's {@code projectKey}, as Jira's sidebar link passes it, else {@code defaultProjectKey}.
     */
    public SprintReportPageServlet withPrivacyControl(ProjectPrivacyService privacy, String defaultProjectKey) {
        this.projectPrivacy = privacy;
        this.privacyProjectKey = defaultProjectKey;
        return this;
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
                new ReportPageView(pages.frame(viewer), page.notice(), page.noticeType(), page.reportBodyHtml())
                        .withPrivacy(privacyFor(viewer, request.getParameter("projectKey"))));
    }

    /** The project's setting when the viewer may change it; empty for everyone else, and for an unknown project. */
    private Optional<ProjectPrivacy> privacyFor(Optional<String> viewer, String requestedKey) {
        String key = requestedKey == null || requestedKey.isBlank() ? privacyProjectKey : requestedKey;
        if (projectPrivacy == null || key.isEmpty()) {
            return Optional.empty();
        }
        try {
            return Optional.of(projectPrivacy.get(viewer, key)).filter(ProjectPrivacy::canChange);
        } catch (NotFoundException e) {
            return Optional.empty();
        }
    }
}
