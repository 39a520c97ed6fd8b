package com.gluework.preview.pages;

import java.util.List;

/**
 * The preview's "My suggestions" page: the viewer's open suggestions across projects, newest first (issue 12). Each
 * links to its issue, whose panel has "Record" and "Not glue".
 */
public final class MySuggestionsPageView {
    public static final String TEMPLATE = "templates/preview/my-suggestions-page.vm";

    private final FrameView frame;
    private final List<Item> suggestions;

    public MySuggestionsPageView(FrameView frame, List<Item> suggestions) {
        this.frame = frame;
        this.suggestions = List.copyOf(suggestions);
    }

    public FrameView getFrame() {
        return frame;
    }

    public String getTitle() {
        return "My suggestions";
    }

    public List<Item> getSuggestions() {
        return suggestions;
    }

    /** One suggestion; {@code evidence} links are http(s) or empty. */
    public record Item(String issueKey, String categoryName, String summary, String confidence, String confidenceReason,
                       String latest, List<Trace> evidence) {
        public Item {
            evidence = List.copyOf(evidence);
        }

        public String getIssueKey() {
            return issueKey;
        }

        public String getCategoryName() {
            return categoryName;
        }

        public String getSummary() {
            return summary;
        }

        public String getConfidence() {
            return confidence;
        }

        public String getConfidenceReason() {
            return confidenceReason;
        }

        public String getLatest() {
            return latest;
        }

        public List<Trace> getEvidence() {
            return evidence;
        }
    }

    /** @param href an http(s) address, or empty */
    public record Trace(String what, String when, String href) {
        public String getWhat() {
            return what;
        }

        public String getWhen() {
            return when;
        }

        public String getHref() {
            return href;
        }
    }
}
