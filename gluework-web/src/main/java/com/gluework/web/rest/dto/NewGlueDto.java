package com.gluework.web.rest.dto;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

import java.util.List;

/**
 * The body of "record glue" from outside an issue ({@code POST /contributions}), e.g. a Confluence page recorded as
 * glue: the fields of {@link NewContributionDto} plus an optional issue. Every field may be missing; the service names
 * each one that is wrong.
 *
 * @param issueKey       the issue the glue belongs to; missing or {@code null} for team glue not tied to an issue
 * @param contributorKey who did the work; missing means the caller
 * @param occurredOn     ISO-8601 date ({@code YYYY-MM-DD}); missing means today
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record NewGlueDto(String issueKey, String categoryKey, String contributorKey, String summary, String impact,
                         List<String> beneficiaryKeys, List<String> evidenceLinks, String occurredOn) {
}
