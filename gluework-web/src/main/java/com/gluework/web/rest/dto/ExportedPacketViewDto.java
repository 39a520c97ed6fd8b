package com.gluework.web.rest.dto;

/** One opening of an evidence packet: who opened whose, for which period, when. */
public record ExportedPacketViewDto(PersonDto viewer, PersonDto person, String from, String to, String viewedAt) {
}
