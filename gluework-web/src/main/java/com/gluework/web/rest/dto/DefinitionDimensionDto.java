package com.gluework.web.rest.dto;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/**
 * A rubric dimension and what glue looks like along it at Senior IC ({@code seniorIc}), Staff/Tech lead
 * ({@code staff}) and Manager ({@code manager}).
 *
 * @param version the version an edit must name; answers give the stored one
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record DefinitionDimensionDto(String name, String seniorIc, String staff, String manager, Integer order,
                                     Integer version) {
}
