package com.gluework.core.model;

import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/** A validated contribution ready to be stored; the repository assigns the id. */
public record NewContribution(String categoryKey, String contributorKey, String recordedByKey, IssueRef issue,
                              LocalDate occurredOn, String summary, String impact, List<String> beneficiaryKeys,
                              List<URI> evidenceLinks, ContributionSource source, Instant createdAt) {
    public NewContribution {
        Objects.requireNonNull(categoryKey, "categoryKey");
        Objects.requireNonNull(contributorKey, "contributorKey");
        Objects.requireNonNull(recordedByKey, "recordedByKey");
        Objects.requireNonNull(occurredOn, "occurredOn");
        Objects.requireNonNull(summary, "summary");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(createdAt, "createdAt");
        impact = impact == null ? "" : impact;
        beneficiaryKeys = List.copyOf(beneficiaryKeys == null ? List.of() : beneficiaryKeys);
        evidenceLinks = List.copyOf(evidenceLinks == null ? List.of() : evidenceLinks);
    }
}
