package com.gluework.web.rest.dto;

import java.util.List;

/**
 * Everything the admin page shows: every category (active or not) in display order, the rubric, the settings, and
 * whether the caller may change them.
 */
public record DefinitionsDto(List<DefinitionCategoryDto> categories, List<DefinitionDimensionDto> rubric,
                             DefinitionSettingsDto settings, boolean canAdminister) {
}
