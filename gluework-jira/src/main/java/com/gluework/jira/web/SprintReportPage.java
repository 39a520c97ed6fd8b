package com.gluework.jira.web;

import com.gluework.web.view.SprintReportPageViewFactory;

/**
 * The whole sprint report page for one viewer and one request: {@code templates/gluework/sprint-report.vm} rendered
 * from the web layer's page view factory (shared with the preview, so statuses agree) inside a minimal HTML page that Jira decorates. The
 * servlet only decides who may ask and passes the query parameters through unparsed, so the page alone decides what a
 * bad or unknown board or sprint means.
 */
public interface SprintReportPage {
    /** Web-resource context the page's script and styles are required under. */
    String WEB_RESOURCE_CONTEXT = "gluework-sprint-report";
    /** Where the servlet answers, below Jira's context path; the pickers reload this address. */
    String PATH = "/plugins/servlet/gluework/report";
    /** Query parameter of the board picker (the template's {@code <select name="board">}). */
    String BOARD_PARAMETER = SprintReportPageViewFactory.BOARD_PARAMETER;
    /** Query parameter of the sprint picker (the template's {@code <select name="sprint">}). */
    String SPRINT_PARAMETER = SprintReportPageViewFactory.SPRINT_PARAMETER;

    /**
     * @param viewerKey   the logged-in user's key
     * @param contextPath Jira's context path ("" or e.g. "/jira"), for the page's own links
     * @param board       the {@value #BOARD_PARAMETER} query parameter as sent, null when absent
     * @param sprint      the {@value #SPRINT_PARAMETER} query parameter as sent, null when absent
     * @return the HTTP status and the full HTML page, already escaped by the template renderer
     */
    RenderedPage render(String viewerKey, String contextPath, String board, String sprint);

    /**
     * A page ready to send.
     *
     * @param status the HTTP status: 200, or 400/404 for a malformed or unknown board or sprint
     * @param html   the whole HTML document, with the decorator meta tag Jira's SiteMesh reads
     */
    record RenderedPage(int status, String html) {
    }
}
