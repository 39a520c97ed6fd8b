package com.gluework.web.rest.dto;

/**
 * One field's value before and after a change, as text a person reads: categories and people by display name
 * (comma-separated for beneficiaries), evidence links one per line, {@code state} as {@code ACTIVE}/{@code RETIRED}.
 * An empty string means "no value".
 *
 * @param field {@code category}, {@code contributor}, {@code occurredOn}, {@code summary}, {@code impact},
 *              {@code beneficiaries}, {@code evidenceLinks}, {@code state} or {@code note}
 */
public record FieldChangeDto(String field, String before, String after) {
}
