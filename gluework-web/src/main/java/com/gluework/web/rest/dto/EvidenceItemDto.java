package com.gluework.web.rest.dto;

import java.util.List;

/**
 * One contribution in an evidence packet.
 *
 * @param strength  {@code CORROBORATED}, {@code EVIDENCED} (a link, no corroboration yet) or {@code SELF_REPORTED}
 * @param spotlight the 1:1 spotlight sentence for it, plain text
 */
public record EvidenceItemDto(long id, String issueKey, CategoryRefDto category, String summary, String impact,
                              String occurredOn, List<PersonDto> beneficiaries, List<String> evidenceLinks,
                              List<PersonDto> corroboratedBy, String strength, String spotlight) {
}
