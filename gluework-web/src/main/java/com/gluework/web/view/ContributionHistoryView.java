package com.gluework.web.view;

import java.util.List;

/** A contribution's change history, oldest first; built by {@link ContributionHistoryViewFactory}. */
public final class ContributionHistoryView {
    /** The history fragment's template, rendered by the history endpoint and shown inside the panel. */
    public static final String TEMPLATE = "templates/gluework/contribution-history.vm";
    /** The template's name for this view: {@code $history}. */
    public static final String CONTEXT_KEY = "history";

    private final long contributionId;
    private final List<ChangeEntryView> entries;

    ContributionHistoryView(long contributionId, List<ChangeEntryView> entries) {
        this.contributionId = contributionId;
        this.entries = List.copyOf(entries);
    }

    public long getContributionId() {
        return contributionId;
    }

    public List<ChangeEntryView> getEntries() {
        return entries;
    }
}
