package com.gluework.web.view;

import java.util.List;

/**
 * One contribution as a row of the issue panel, with what this viewer may do with it. All text is plain text; the
 * renderer escapes it.
 */
public final class ContributionRowView {
    private final long id;
    private final int version;
    private final String categoryKey;
    private final String categoryName;
    private final String contributorName;
    private final String summary;
    private final String impact;
    private final List<LinkView> evidenceLinks;
    private final String beneficiaryNames;
    private final String recordedByName;
    private final boolean peerObservation;
    private final String occurredOn;
    private final List<CorroborationView> corroborations;
    private final String corroboratorNames;
    private final boolean canCorroborate;
    private final boolean canWithdraw;
    private final boolean canEdit;
    private final boolean retired;
    private final boolean overflow;

    ContributionRowView(long id, int version, String categoryKey, String categoryName, String contributorName,
                        String summary, String impact, List<LinkView> evidenceLinks, String beneficiaryNames,
                        String recordedByName, boolean peerObservation, String occurredOn,
                        List<CorroborationView> corroborations, String corroboratorNames, boolean canCorroborate,
                        boolean canWithdraw, boolean canEdit, boolean retired, boolean overflow) {
        this.id = id;
        this.version = version;
        this.categoryKey = categoryKey;
        this.categoryName = categoryName;
        this.contributorName = contributorName;
        this.summary = summary;
        this.impact = impact;
        this.evidenceLinks = List.copyOf(evidenceLinks);
        this.beneficiaryNames = beneficiaryNames;
        this.recordedByName = recordedByName;
        this.peerObservation = peerObservation;
        this.occurredOn = occurredOn;
        this.corroborations = List.copyOf(corroborations);
        this.corroboratorNames = corroboratorNames;
        this.canCorroborate = canCorroborate;
        this.canWithdraw = canWithdraw;
        this.canEdit = canEdit;
        this.retired = retired;
        this.overflow = overflow;
    }

    public long getId() {
        return id;
    }

    /** The version a retire or restore from this row is based on (an edit reads it fresh from the REST API). */
    public int getVersion() {
        return version;
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

    /** Who the work helped, as one comma-separated line; empty when nobody is named. */
    public String getBeneficiaryNames() {
        return beneficiaryNames;
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

    /** Who corroborated and their notes, oldest first, for the details shown on hover or focus. */
    public List<CorroborationView> getCorroborations() {
        return corroborations;
    }

    public int getCorroborationCount() {
        return corroborations.size();
    }

    /** Who corroborated, as one comma-separated line (the template needs no loop or separator logic). */
    public String getCorroboratorNames() {
        return corroboratorNames;
    }

    /** The viewer may "+1" this: logged in, not the contributor, not yet corroborated, not retired. */
    public boolean isCanCorroborate() {
        return canCorroborate;
    }

    /** The viewer has corroborated this and may withdraw it. */
    public boolean isCanWithdraw() {
        return canWithdraw;
    }

    /** The viewer recorded it, did it, or administers the project: edit, retire and restore are offered. */
    public boolean isCanEdit() {
        return canEdit;
    }

    /** Retired: only editors see it, greyed, behind "Show retired". */
    public boolean isRetired() {
        return retired;
    }

    /** An active row beyond the first few, hidden until the viewer chooses "Show all". */
    public boolean isOverflow() {
        return overflow;
    }
}
