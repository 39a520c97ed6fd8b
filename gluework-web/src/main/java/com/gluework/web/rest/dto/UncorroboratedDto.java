package com.gluework.web.rest.dto;

/**
 * Glue nobody has corroborated yet.
 *
 * @param strength EVIDENCED (it links to evidence) or SELF_REPORTED
 */
public record UncorroboratedDto(long contributionId, String issueKey, CategoryRefDto category, String summary,
                                String occurredOn, String strength) {
}
