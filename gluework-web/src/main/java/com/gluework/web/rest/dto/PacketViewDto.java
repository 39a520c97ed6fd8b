package com.gluework.web.rest.dto;

/** A line of the caller's audit log: who opened their evidence packet, for which period, when (ISO-8601 instant). */
public record PacketViewDto(PersonDto viewer, String from, String to, String viewedAt) {
}
