package com.gluework.web.view;

import java.util.List;

/**
 * The sprint report page's body: the board and sprint pickers, and the report of the chosen sprint when there is one.
 * Built by {@link SprintReportViewFactory}; rendered by {@value #TEMPLATE}, in Jira's page and the preview alike.
 */
public final class SprintReportView {
    /** The page body both hosts render (and the fragment endpoint returns). */
    public static final String TEMPLATE = "templates/gluework/sprint-report.vm";
    /** The template's name for this view: {@code $report}. */
    public static final String CONTEXT_KEY = "report";

    private final String pageUrl;
    private final List<PickerOptionView> boards;
    private final List<PickerOptionView> sprints;
    private final SprintReportBodyView body;

    SprintReportView(String pageUrl, List<PickerOptionView> boards, List<PickerOptionView> sprints,
                     SprintReportBodyView body) {
        this.pageUrl = pageUrl;
        this.boards = List.copyOf(boards);
        this.sprints = List.copyOf(sprints);
        this.body = body;
    }

    /** Where the pickers send the choice ({@code ?board=…&sprint=…}); empty for the current address. */
    public String getPageUrl() {
        return pageUrl;
    }

    public List<PickerOptionView> getBoards() {
        return boards;
    }

    /** The chosen board's sprints, in the board's order. */
    public List<PickerOptionView> getSprints() {
        return sprints;
    }

    public boolean isHasBoards() {
        return !boards.isEmpty();
    }

    /** False when the board has no sprint to report yet (or there is no board at all). */
    public boolean isHasReport() {
        return body != null;
    }

    /** The chosen sprint's report; only call when {@link #isHasReport()}. */
    public SprintReportBodyView getBody() {
        return body;
    }
}
