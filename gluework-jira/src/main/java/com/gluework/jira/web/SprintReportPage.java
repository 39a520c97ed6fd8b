package com.gluework.jira.web;

import java.util.Optional;

/**
 * The body of the sprint report page for one viewer: {@code templates/gluework/sprint-report.vm} rendered from the
 * web layer's view factory, shared with the preview. The servlet only decides who may ask and which board and
 * sprint were asked for.
 * <p>
 * No implementation yet: it is the seam for the web module's sprint-report view factory and template (issue 4), which
 * had not landed when the servlet was written. An implementation renders through {@link JiraViewRenderer}.
 */
public interface SprintReportPage {
    /** Web-resource context the page's script and styles are required under. */
    String WEB_RESOURCE_CONTEXT = "gluework-sprint-report";

    /**
     * @param viewerKey the logged-in user's key
     * @param boardId   the board picked, empty for the default
     * @param sprintId  the sprint picked, empty for the board's default sprint
     * @return the page's HTML body, already escaped by the template renderer
     */
    String render(String viewerKey, Optional<Long> boardId, Optional<Long> sprintId);
}
