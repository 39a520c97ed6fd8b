package com.gluework.web.rest.dto;

import java.util.List;

/**
 * A contribution that names the exported person, in full, with how it names them ({@code CONTRIBUTOR},
 * {@code RECORDED_BY}, {@code BENEFICIARY}, {@code FORMER_BENEFICIARY}); retired contributions included.
 */
public record ExportedContributionDto(long id, List<String> roles, String issueKey, String categoryKey,
                                      PersonDto contributor, PersonDto recordedBy, String occurredOn, String summary,
                                      String impact, List<PersonDto> beneficiaries, List<String> evidenceLinks,
                                      String state, List<PersonDto> corroborators, String createdAt, String updatedAt) {
}
