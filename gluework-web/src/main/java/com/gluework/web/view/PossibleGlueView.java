package com.gluework.web.view;

import java.util.List;
import java.util.Objects;

/**
 * One suggestion in the panel's "Possible glue": who may have done which glue, the sentence the record form starts
 * from, why the rule thinks so and the traces it rests on. The record form is prefilled from these values (the
 * template puts them in data attributes, escaped); the person may change anything.
 */
public final class PossibleGlueView {
    private final String id;
    private final String personKey;
    private final String personName;
    private final String categoryKey;
    private final String categoryName;
    private final String summary;
    private final boolean likely;
    private final String confidenceReason;
    private final String occurredOn;
    private final List<SuggestionTraceView> evidence;
    private final boolean canDismiss;
    private final boolean forViewer;

    PossibleGlueView(String id, String personKey, String personName, String categoryKey, String categoryName,
                     String summary, boolean likely, String confidenceReason, String occurredOn,
                     List<SuggestionTraceView> evidence, boolean canDismiss, boolean forViewer) {
        this.id = Objects.requireNonNull(id, "id");
        this.personKey = personKey;
        this.personName = personName;
        this.categoryKey = categoryKey;
        this.categoryName = categoryName;
        this.summary = summary;
        this.likely = likely;
        this.confidenceReason = confidenceReason;
        this.occurredOn = occurredOn;
        this.evidence = List.copyOf(evidence);
        this.canDismiss = canDismiss;
        this.forViewer = forViewer;
    }

    public String getId() {
        return id;
    }

    public String getPersonKey() {
        return personKey;
    }

    public String getPersonName() {
        return personName;
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

    /** HIGH confidence ("Likely"); otherwise MEDIUM ("Possible"). */
    public boolean isLikely() {
        return likely;
    }

    public String getConfidenceReason() {
        return confidenceReason;
    }

    /** The day of the latest trace ({@code YYYY-MM-DD}, the server's zone): the record form's "when". */
    public String getOccurredOn() {
        return occurredOn;
    }

    public List<SuggestionTraceView> getEvidence() {
        return evidence;
    }

    /** The viewer may answer "Not glue": the person named, or a project administrator. */
    public boolean isCanDismiss() {
        return canDismiss;
    }

    /** The suggestion names the viewer: recording it is recording their own glue, not a peer observation. */
    public boolean isForViewer() {
        return forViewer;
    }
}
