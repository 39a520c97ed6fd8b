package com.gluework.web.view;

/**
 * What a host's sprint report page shows for one request, decided once for every host by
 * {@link SprintReportPageViewFactory}: the HTTP status, a notice above the report (empty for none), and the report's
 * body already rendered by the escaping renderer (empty when there is nothing to pick from). The host only wraps it in
 * its own frame — Jira's decorated page, the preview's Jira-like one — so the hosts cannot answer differently.
 *
 * @param status         200, 400 for a board or sprint that is not a number, 404 for an unknown one
 * @param notice         one sentence for the viewer; "" when all is well
 * @param noticeType     the AUI message kind of the notice ({@code aui-message-warning} / {@code -error}): "warning",
 *                       "error", or "" for none
 * @param reportBodyHtml {@code sprint-report.vm} rendered, or the pickers on their defaults under an error, or ""
 */
public record SprintReportPageView(int status, String notice, String noticeType, String reportBodyHtml) {
}
