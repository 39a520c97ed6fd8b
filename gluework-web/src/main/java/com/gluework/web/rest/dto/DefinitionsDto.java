package com.gluework.web.rest.dto;

import java.util.List;

/**
 * Everything the admin page shows: every category (active or not) of one set in display order, the rubric, the
 * settings, and whether the caller may change them.
 *
 * @param projectKey        the project whose own set {@code categories} is; null for the instance set
 * @param canAdminister     the caller may change everything (an administrator)
 * @param canEditCategories the caller may change this set's categories (an administrator, or for a project's own set
 *                          also that project's administrators)
 */
public record DefinitionsDto(String projectKey, List<DefinitionCategoryDto> categories, List<DefinitionDimensionDto> rubric,
                             DefinitionSettingsDto settings, boolean canAdminister, boolean canEditCategories) {
}
