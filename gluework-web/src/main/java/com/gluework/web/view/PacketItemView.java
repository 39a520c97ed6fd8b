package com.gluework.web.view;

import java.util.List;

/** One contribution as the evidence packet page lists it; the strength decides its lozenge. */
public final class PacketItemView {
    private final String summary;
    private final String issueKey;
    private final String categoryName;
    private final String occurredOn;
    private final String impact;
    private final String beneficiaries;
    private final String corroborators;
    private final String strength;
    private final List<LinkView> links;

    PacketItemView(String summary, String issueKey, String categoryName, String occurredOn, String impact, String beneficiaries, String corroborators, String strength, List<LinkView> links) {
        this.summary = summary;
        this.issueKey = issueKey;
        this.categoryName = categoryName;
        this.occurredOn = occurredOn;
        this.impact = impact;
        this.beneficiaries = beneficiaries;
        this.corroborators = corroborators;
        this.strength = strength;
        this.links = links;
    }

    public String getSummary() {
        return summary;
    }

    public String getIssueKey() {
        return issueKey;
    }

    public String getCategoryName() {
        return categoryName;
    }

    public String getOccurredOn() {
        return occurredOn;
    }

    public String getImpact() {
        return impact;
    }

    public String getBeneficiaries() {
        return beneficiaries;
    }

    public String getCorroborators() {
        return corroborators;
    }

    public boolean isCorroborated() {
        return strength.equals("CORROBORATED");
    }

    public boolean isEvidenced() {
        return strength.equals("EVIDENCED");
    }

    public List<LinkView> getLinks() {
        return links;
    }
}
