package com.gluework.web.rest.dto;

import java.util.List;

/**
 * One contribution as the API returns it.
 *
 * @param issueKey       the issue's current key, or {@code null} for team glue not tied to an issue
 * @param occurredOn     ISO-8601 date, e.g. {@code 2026-11-25}
 * @param evidenceLinks  absolute http(s) URLs
 * @param state          {@code ACTIVE} or {@code RETIRED}
 * @param peerObservation recorded by someone other than the contributor
 * @param createdAt      ISO-8601 instant
 * @param version        optimistic-lock counter to send back with a later edit
 */
public record ContributionDto(long id, CategoryRefDto category, PersonDto contributor, PersonDto recordedBy,
                              String issueKey, String occurredOn, String summary, String impact,
                              List<PersonDto> beneficiaries, List<String> evidenceLinks, String state,
                              boolean peerObservation, List<CorroborationDto> corroborations, String createdAt,
                              int version) {
}
