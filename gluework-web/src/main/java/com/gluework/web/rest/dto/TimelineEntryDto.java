package com.gluework.web.rest.dto;

/**
 * One event on a glue timeline.
 *
 * @param kind           CONTRIBUTED or CORROBORATED
 * @param day            YYYY-MM-DD: the glue's date, or the day the corroboration was given
 * @param issueKey       the glue's issue, or {@code null} for team glue
 * @param corroboratedBy who corroborated, for a CORROBORATED entry; {@code null} otherwise
 */
public record TimelineEntryDto(String kind, String day, long contributionId, String issueKey, CategoryRefDto category,
                               String summary, PersonDto corroboratedBy) {
}
