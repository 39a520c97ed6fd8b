package com.gluework.web.rest.dto;

/** The body of a change of a project's privacy setting: {@code {"perPersonFigures":"PROJECT_ADMINS"}}. */
public record ProjectPrivacyChangeDto(String perPersonFigures) {
}
