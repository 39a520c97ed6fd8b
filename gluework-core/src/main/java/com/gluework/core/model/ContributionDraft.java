package com.gluework.core.model;

import java.time.LocalDate;
import java.util.List;

/**
 * What a user typed into the "Record glue" form, before validation. Every field may be missing or wrong;
 * {@link com.gluework.core.service.ContributionRules} says which and why.
 *
 * @param contributorKey who did the work; {@code null} means the person recording it
 * @param occurredOn     {@code null} means today
 */
public record ContributionDraft(String categoryKey, String contributorKey, String summary, String impact,
                                List<String> beneficiaryKeys, List<String> evidenceLinks, LocalDate occurredOn) {
    public ContributionDraft {
        beneficiaryKeys = beneficiaryKeys == null ? List.of() : beneficiaryKeys;
        evidenceLinks = evidenceLinks == null ? List.of() : evidenceLinks;
    }
}
