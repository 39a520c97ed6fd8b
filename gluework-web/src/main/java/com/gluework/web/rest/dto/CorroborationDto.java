package com.gluework.web.rest.dto;

/**
 * A peer's "+1, I saw that".
 *
 * @param createdAt ISO-8601 instant, e.g. {@code 2026-11-25T09:15:00Z}
 */
public record CorroborationDto(PersonDto corroborator, String note, String createdAt) {
}
