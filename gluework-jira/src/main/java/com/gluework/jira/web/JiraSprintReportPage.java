package com.gluework.jira.web;

import com.gluework.web.view.ReportLinks;
import com.gluework.web.view.SprintReportPageView;
import com.gluework.web.view.SprintReportPageViewFactory;
import com.gluework.web.view.ViewRenderer;

import java.util.Map;
import java.util.Optional;

/**
 * The sprint report page in Jira: what gluework-web's {@link SprintReportPageViewFactory} decides for the request (the
 * same status, notice and report body as the preview's page) inside {@value #TEMPLATE}, a bare HTML page whose
 * {@code <meta name="decorator" content="atl.general">} asks Jira's SiteMesh filter for the standard decorator of
 * general (non-admin) pages, so Jira adds its header, footer and the page's web resources around it — the documented
 * way for plugin servlets ("Using Standard Page Decorators",
 * https://developer.atlassian.com/display/DOCS/Using+Standard+Page+Decorators).
 * <p>
 * Every outcome is a whole page, so the viewer never lands on a bare error screen: 200 with the report, or with a
 * warning when Jira Software is missing; 400 for a parameter that is not a number; 404 for an unknown board or sprint.
 */
public final class JiraSprintReportPage implements SprintReportPage {
    /** The page around the report body; rendered by the same renderer, so {@code $i18n} works in both. */
    public static final String TEMPLATE = "templates/gluework/jira-report-page.vm";
    static final String NOTICE_KEY = "notice";
    static final String NOTICE_TYPE_KEY = "noticeType";
    static final String BODY_KEY = "reportBodyHtml";

    private final SprintReportPageViewFactory pages;
    private final ViewRenderer renderer;

    /** @param renderer {@link JiraViewRenderer} in Jira: Atlassian Template Renderer, escaping, with {@code $i18n} */
    public JiraSprintReportPage(SprintReportPageViewFactory pages, ViewRenderer renderer) {
        this.pages = pages;
        this.renderer = renderer;
    }

    @Override
    public RenderedPage render(String viewerKey, String contextPath, String board, String sprint) {
        SprintReportPageView view = pages.create(Optional.of(viewerKey), board, sprint, ReportLinks.under(contextPath, PATH));
        String html = renderer.render(TEMPLATE, Map.of(NOTICE_KEY, view.notice(), NOTICE_TYPE_KEY, view.noticeType(),
                BODY_KEY, view.reportBodyHtml()));
        return new RenderedPage(view.status(), html);
    }
}
