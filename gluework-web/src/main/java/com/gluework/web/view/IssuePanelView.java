package com.gluework.web.view;

import java.util.List;

/** Everything the issue panel template shows; built by {@link IssuePanelViewFactory}. */
public final class IssuePanelView {
    /** The template both the Jira web panel and the panel fragment endpoint render. */
    public static final String TEMPLATE = "templates/gluework/issue-panel.vm";
    /** The template's name for this view: {@code $panel}. */
    public static final String CONTEXT_KEY = "panel";

    private final String issueKey;
    private final List<ContributionRowView> contributions;
    private final List<CategoryOptionView> categories;
    private final List<PersonView> people;
    private final boolean canRecord;
    private final String currentUserKey;
    private final String today;
    private final int maxSummaryLength;
    private final int maxImpactLength;
    private final int maxEvidenceLinks;

    IssuePanelView(String issueKey, List<ContributionRowView> contributions, List<CategoryOptionView> categories,
                   List<PersonView> people, boolean canRecord, String currentUserKey, String today,
                   int maxSummaryLength, int maxImpactLength, int maxEvidenceLinks) {
        this.issueKey = issueKey;
        this.contributions = List.copyOf(contributions);
        this.categories = List.copyOf(categories);
        this.people = List.copyOf(people);
        this.canRecord = canRecord;
        this.currentUserKey = currentUserKey;
        this.today = today;
        this.maxSummaryLength = maxSummaryLength;
        this.maxImpactLength = maxImpactLength;
        this.maxEvidenceLinks = maxEvidenceLinks;
    }

    public String getIssueKey() {
        return issueKey;
    }

    /** How many contributions the panel lists (retired ones are not counted). */
    public int getCount() {
        return contributions.size();
    }

    public List<ContributionRowView> getContributions() {
        return contributions;
    }

    /** Active categories, in display order, for the "Record glue" picker. */
    public List<CategoryOptionView> getCategories() {
        return categories;
    }

    /** Teammates for the "who did it" picker, excluding the viewer (who is the default "me" option). */
    public List<PersonView> getPeople() {
        return people;
    }

    /** The viewer is logged in, so the "Record glue" form is offered. */
    public boolean isCanRecord() {
        return canRecord;
    }

    /** The viewer's user key; empty when anonymous. */
    public String getCurrentUserKey() {
        return currentUserKey;
    }

    /** Today as an ISO-8601 date: the default and the maximum of the "when" field. */
    public String getToday() {
        return today;
    }

    public int getMaxSummaryLength() {
        return maxSummaryLength;
    }

    public int getMaxImpactLength() {
        return maxImpactLength;
    }

    public int getMaxEvidenceLinks() {
        return maxEvidenceLinks;
    }
}
