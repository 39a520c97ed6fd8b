package com.gluework.web.view;

import java.util.List;

/** One contribution as a row of the issue panel. All text is plain text; the renderer escapes it. */
public final class ContributionRowView {
    private final long id;
    private final String categoryKey;
    private final String categoryName;
    private final String contributorName;
    private final String summary;
    private final String impact;
    private final List<LinkView> evidenceLinks;
    private final String recordedByName;
    private final boolean peerObservation;
    private final String occurredOn;
    private final int corroborationCount;
    private final String corroboratorNames;
    private final boolean canCorroborate;

    ContributionRowView(long id, String categoryKey, String categoryName, String contributorName, String summary,
                        String impact, List<LinkView> evidenceLinks, String recordedByName, boolean peerObservation,
                        String occurredOn, int corroborationCount, String corroboratorNames, boolean canCorroborate) {
        this.id = id;
        this.categoryKey = categoryKey;
        this.categoryName = categoryName;
        this.contributorName = contributorName;
        this.summary = summary;
        this.impact = impact;
        this.evidenceLinks = List.copyOf(evidenceLinks);
        this.recordedByName = recordedByName;
        this.peerObservation = peerObservation;
        this.occurredOn = occurredOn;
        this.corroborationCount = corroborationCount;
        this.corroboratorNames = corroboratorNames;
        this.canCorroborate = canCorroborate;
    }

    public long getId() {
        return id;
    }

    public String getCategoryKey() {
        return categoryKey;
    }

    public String getCategoryName() {
        return categoryName;
    }

    public String getContributorName() {
        return contributorName;
    }

    public String getSummary() {
        return summary;
    }

    /** "Problem avoided / teammates unblocked"; empty when not stated. */
    public String getImpact() {
        return impact;
    }

    public List<LinkView> getEvidenceLinks() {
        return evidenceLinks;
    }

    public String getRecordedByName() {
        return recordedByName;
    }

    /** Recorded by someone other than the contributor; the panel says who noticed it. */
    public boolean isPeerObservation() {
        return peerObservation;
    }

    /** ISO-8601 date the work happened, for a {@code <time datetime>} element. */
    public String getOccurredOn() {
        return occurredOn;
    }

    public int getCorroborationCount() {
        return corroborationCount;
    }

    /** Who corroborated, as one comma-separated line (the template needs no loop or separator logic). */
    public String getCorroboratorNames() {
        return corroboratorNames;
    }

    /** The viewer may "+1" this: logged in, not the contributor, not yet corroborated, not retired. */
    public boolean isCanCorroborate() {
        return canCorroborate;
    }
}
