package com.gluework.web.rest.dto;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

import java.util.List;

/**
 * The body of "edit this contribution": its whole new state, as for recording it, plus the {@code version} the form
 * was based on. A missing contributor or date keeps the current one; every other missing field is cleared or refused
 * like a new contribution's.
 *
 * @param version the {@link ContributionDto#version()} the user's form was based on; required
 */
// Tolerant reader: a client may send back the ContributionDto it read, changed; extra fields are not an error.
@JsonIgnoreProperties(ignoreUnknown = true)
public record EditContributionDto(String categoryKey, String contributorKey, String summary, String impact,
                                  List<String> beneficiaryKeys, List<String> evidenceLinks, String occurredOn,
                                  Integer version) {
}
