package com.gluework.web.view;

import java.util.List;

/** One glue win: who, what, the effect, the evidence and who confirmed it. */
public final class ReportWinView {
    private final String contributorName;
    private final String categoryKey;
    private final String categoryName;
    private final String summary;
    private final String impact;
    private final String issueKey;
    private final String issueUrl;
    private final String occurredOn;
    private final List<LinkView> evidenceLinks;
    private final String corroboratorNames;
    private final int corroborationCount;

    ReportWinView(String contributorName, String categoryKey, String categoryName, String summary, String impact,
                  String issueKey, String issueUrl, String occurredOn, List<LinkView> evidenceLinks,
                  String corroboratorNames, int corroborationCount) {
        this.contributorName = contributorName;
        this.categoryKey = categoryKey;
        this.categoryName = categoryName;
        this.summary = summary;
        this.impact = impact;
        this.issueKey = issueKey;
        this.issueUrl = issueUrl;
        this.occurredOn = occurredOn;
        this.evidenceLinks = List.copyOf(evidenceLinks);
        this.corroboratorNames = corroboratorNames;
        this.corroborationCount = corroborationCount;
    }

    public String getContributorName() {
        return contributorName;
    }

    public String getCategoryKey() {
        return categoryKey;
    }

    public String getCategoryName() {
        return categoryName;
    }

    public String getSummary() {
        return summary;
    }

    /** Empty when no effect was stated. */
    public String getImpact() {
        return impact;
    }

    /** Empty for team glue not tied to an issue. */
    public String getIssueKey() {
        return issueKey;
    }

    public String getIssueUrl() {
        return issueUrl;
    }

    public String getOccurredOn() {
        return occurredOn;
    }

    public List<LinkView> getEvidenceLinks() {
        return evidenceLinks;
    }

    public String getCorroboratorNames() {
        return corroboratorNames;
    }

    public int getCorroborationCount() {
        return corroborationCount;
    }
}
