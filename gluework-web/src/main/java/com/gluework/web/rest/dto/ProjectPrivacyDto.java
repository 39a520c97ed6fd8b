package com.gluework.web.rest.dto;

/**
 * A project's privacy setting as the caller sees it.
 *
 * @param perPersonFigures {@code EVERYONE} (everyone who can browse the project sees per-person report figures) or
 *                         {@code PROJECT_ADMINS} (only its administrators do; others see team-level figures)
 * @param canChange        whether the caller administers the project and so may change it
 */
public record ProjectPrivacyDto(String projectKey, String projectName, String perPersonFigures, boolean canChange) {
}
