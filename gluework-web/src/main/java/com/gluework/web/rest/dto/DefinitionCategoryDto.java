package com.gluework.web.rest.dto;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/**
 * A category as the admin page reads and writes it. Adding reads {@code key}, {@code name}, {@code definition},
 * {@code examples} and {@code rubricDimension}; editing reads the same but {@code key}, plus {@code version}. Answers
 * carry every field.
 *
 * @param version the version an edit must name; answers give the stored one
 */
// Tolerant reader: a client may send back the DTO it read, changed; extra fields are not an error.
@JsonIgnoreProperties(ignoreUnknown = true)
public record DefinitionCategoryDto(String key, String name, String definition, String examples, String rubricDimension,
                                    Boolean active, Integer order, Integer version) {
}
