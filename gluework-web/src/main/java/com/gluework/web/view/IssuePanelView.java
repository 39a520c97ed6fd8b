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
    private final int count;
    private final int retiredCount;
    private final boolean collapsible;
    private final List<CategoryOptionView> categories;
    private final List<PersonView> people;
    private final boolean canRecord;
    private final String currentUserKey;
    private final String today;
    private final Limits limits;
    private final List<PossibleGlueView> possibleGlue;

    /** The form's input limits, as the core rules define them. */
    record Limits(int summary, int impact, int evidenceLinks, int note) {
    }

    IssuePanelView(String issueKey, List<ContributionRowView> contributions, List<CategoryOptionView> categories,
                   List<PersonView> people, boolean canRecord, String currentUserKey, String today, Limits limits,
                   List<PossibleGlueView> possibleGlue) {
        this.issueKey = issueKey;
        this.contributions = List.copyOf(contributions);
        this.count = (int) contributions.stream().filter(row -> !row.isRetired()).count();
        this.retiredCount = contributions.size() - count;
        this.collapsible = contributions.stream().anyMatch(ContributionRowView::isOverflow);
        this.categories = List.copyOf(categories);
        this.people = List.copyOf(people);
        this.canRecord = canRecord;
        this.currentUserKey = currentUserKey;
        this.today = today;
        this.limits = limits;
        this.possibleGlue = List.copyOf(possibleGlue);
    }

    /** Suggestions under the recorded glue; never part of {@link #getCount()} or anything else counted. */
    public List<PossibleGlueView> getPossibleGlue() {
        return possibleGlue;
    }

    public String getIssueKey() {
        return issueKey;
    }

    /** How many active contributions the issue has: the number in the panel heading (retired ones are not counted). */
    public int getCount() {
        return count;
    }

    /** The active rows, newest first, then (only for a viewer who may edit them) the retired ones. */
    public List<ContributionRowView> getContributions() {
        return contributions;
    }

    /** Retired contributions this viewer may restore; offered behind "Show retired". */
    public int getRetiredCount() {
        return retiredCount;
    }

    /** More active rows than the panel shows at first: "Show all" reveals the rest. */
    public boolean isCollapsible() {
        return collapsible;
    }

    /** Active categories, in display order, for the "Record glue" picker and the definitions. */
    public List<CategoryOptionView> getCategories() {
        return categories;
    }

    /** Teammates for the "who did it" and "who benefited" pickers, excluding the viewer (the default "me" option). */
    public List<PersonView> getPeople() {
        return people;
    }

    /** The viewer is logged in, so the "Record glue" form is offered; otherwise the panel is read-only. */
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
        return limits.summary();
    }

    public int getMaxImpactLength() {
        return limits.impact();
    }

    public int getMaxEvidenceLinks() {
        return limits.evidenceLinks();
    }

    public int getMaxNoteLength() {
        return limits.note();
    }
}
