package com.gluework.web.rest.dto;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/**
 * The instance's settings: the sprint report's hero threshold (a whole percentage, 1 to 100) and the host group whose
 * members may see everyone's evidence packet as leads (empty: none).
 *
 * @param version the version an edit must name; answers give the stored one
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record DefinitionSettingsDto(Integer heroThresholdPercent, String leadGroup, Integer version) {
}
