package com.gluework.preview.pages;

import java.util.List;
import java.util.Map;

/**
 * The "Record as glue work" dialog of a wiki page: the categories (docs &amp; runbooks first), the people to credit
 * (the page's creator, checked, and its recent editors), what was typed so far and Jira's field errors.
 */
public final class RecordGlueFormView {
    private final List<PickerOption> categories;
    private final List<PickerOption> contributors;
    private final String issueKey;
    private final String summary;
    private final String impact;
    private final Map<String, String> errors;
    private final boolean open;

    /** One option of a select or one checkbox. */
    public record PickerOption(String key, String label, boolean selected) {
        public String getKey() {
            return key;
        }

        public String getLabel() {
            return label;
        }

        public boolean isSelected() {
            return selected;
        }
    }

    /** @param errors by field: {@code categoryKey}, {@code contributorKey}, {@code issueKey}, {@code summary}, ... */
    public RecordGlueFormView(List<PickerOption> categories, List<PickerOption> contributors, String issueKey,
                              String summary, String impact, Map<String, String> errors, boolean open) {
        this.categories = List.copyOf(categories);
        this.contributors = List.copyOf(contributors);
        this.issueKey = issueKey;
        this.summary = summary;
        this.impact = impact;
        this.errors = Map.copyOf(errors);
        this.open = open;
    }

    public List<PickerOption> getCategories() {
        return categories;
    }

    public List<PickerOption> getContributors() {
        return contributors;
    }

    public String getIssueKey() {
        return issueKey;
    }

    public String getSummary() {
        return summary;
    }

    public String getImpact() {
        return impact;
    }

    /** Jira's messages, one line per field; empty when there are none. */
    public List<String> getErrors() {
        return errors.entrySet().stream().sorted(Map.Entry.comparingByKey())
                .map(e -> e.getKey() + ": " + e.getValue()).toList();
    }

    /** Shown open (after a refused submit) rather than only when the action link targets it. */
    public boolean isOpen() {
        return open;
    }
}
