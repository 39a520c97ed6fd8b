package com.gluework.web.rest.dto;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

import java.util.List;

/**
 * The body of "record glue on this issue". Every field may be missing; the service names each one that is wrong.
 *
 * @param contributorKey who did the work; missing means the caller
 * @param occurredOn     ISO-8601 date ({@code YYYY-MM-DD}); missing means today
 */
// Tolerant reader: a client may echo back a ContributionDto-shaped object; extra fields are not an error.
@JsonIgnoreProperties(ignoreUnknown = true)
public record NewContributionDto(String categoryKey, String contributorKey, String summary, String impact,
                                 List<String> beneficiaryKeys, List<String> evidenceLinks, String occurredOn) {
}
