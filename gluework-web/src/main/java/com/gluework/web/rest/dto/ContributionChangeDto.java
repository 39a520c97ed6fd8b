package com.gluework.web.rest.dto;

import java.util.List;

/**
 * One entry of a contribution's change history.
 *
 * @param actor        who made the change (for corroborations: the corroborator)
 * @param at           ISO-8601 instant
 * @param kind         {@code CREATED}, {@code EDITED}, {@code RETIRED}, {@code RESTORED}, {@code CORROBORATED} or
 *                     {@code CORROBORATION_WITHDRAWN}
 * @param fieldChanges each changed field, its values readable (people and categories by name)
 */
public record ContributionChangeDto(PersonDto actor, String at, String kind, List<FieldChangeDto> fieldChanges) {
}
