package com.gluework.confluence.macro;

import com.gluework.web.rest.dto.CategoryRefDto;
import com.gluework.web.rest.dto.SprintReportDto;

import java.util.List;

/**
 * What the macro's template shows of one sprint's report: the chosen view's parts, the wins cut to the macro's limit,
 * and links into Jira (absolute, so they work in exports and e-mail too).
 */
public final class SprintSummaryView {
    private final SprintReportDto report;
    private final SummaryParameters parameters;
    private final String jiraBaseUrl;
    private final String jiraName;

    public SprintSummaryView(SprintReportDto report, SummaryParameters parameters, String jiraBaseUrl, String jiraName) {
        this.report = report;
        this.parameters = parameters;
        this.jiraBaseUrl = stripTrailingSlash(jiraBaseUrl);
        this.jiraName = jiraName;
    }

    public String getSprintName() {
        return report.sprint().name();
    }

    public boolean isActive() {
        return "ACTIVE".equals(report.sprint().state());
    }

    /** Empty for a sprint that has not started. */
    public String getFirstDay() {
        return report.firstDay() == null ? "" : report.firstDay();
    }

    public String getLastDay() {
        return report.lastDay() == null ? "" : report.lastDay();
    }

    public int getContributionCount() {
        return report.headline().contributions();
    }

    public int getPeopleWithGlue() {
        return report.headline().peopleWithGlue();
    }

    public int getCorroboratedCount() {
        return report.headline().corroborated();
    }

    /** The view as its parameter value ({@code wins}, {@code matrix}, {@code full}), for a CSS class. */
    public String getView() {
        return parameters.view().parameterValue();
    }

    public boolean isShowWins() {
        return parameters.view() != SummaryView.MATRIX;
    }

    public boolean isShowMatrix() {
        return parameters.view() != SummaryView.WINS;
    }

    public boolean isShowDistribution() {
        return parameters.view() == SummaryView.FULL;
    }

    public List<WinView> getWins() {
        return report.wins().stream().limit(parameters.maxWins()).map(win -> new WinView(win, jiraBaseUrl)).toList();
    }

    /** How many wins the limit left out (they are in Jira's report). */
    public int getMoreWins() {
        return Math.max(0, report.wins().size() - parameters.maxWins());
    }

    public List<String> getMatrixColumns() {
        return report.matrix().columns().stream().map(CategoryRefDto::name).toList();
    }

    public List<MatrixRowView> getMatrixRows() {
        return report.matrix().rows().stream().map(MatrixRowView::new).toList();
    }

    public List<Integer> getColumnTotals() {
        return report.matrix().columnTotals();
    }

    public int getMatrixTotal() {
        return report.matrix().total();
    }

    /** Empty when the sprint has no glue. */
    public String getTopContributor() {
        return report.distribution().topContributor() == null ? "" : report.distribution().topContributor().displayName();
    }

    /** The top contributor's share as a whole percentage. */
    public long getTopSharePercent() {
        return Math.round(report.distribution().topShare() * 100);
    }

    /** The Gini coefficient with two decimals (0 = evenly spread, 1 = one person carries everything). */
    public String getGini() {
        return String.format(java.util.Locale.ROOT, "%.2f", report.distribution().gini());
    }

    /** The core's plain-English hero alert; empty when nobody carries too much. */
    public String getHeroAlert() {
        return report.heroAlert() == null || report.heroAlert().message() == null ? "" : report.heroAlert().message();
    }

    /** The full report page in Jira, opened on this sprint. */
    public String getReportUrl() {
        long boardId = parameters.boardId().orElse(report.sprint().boardId());
        return jiraBaseUrl + "/plugins/servlet/gluework/report?" + (boardId > 0 ? "board=" + boardId + "&" : "")
                + "sprint=" + report.sprint().id();
    }

    public String getJiraName() {
        return jiraName;
    }

    static String stripTrailingSlash(String url) {
        return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
    }
}
