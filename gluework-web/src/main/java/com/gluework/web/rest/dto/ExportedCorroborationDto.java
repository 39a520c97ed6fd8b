package com.gluework.web.rest.dto;

/** A corroboration the exported person gave; {@code withdrawnAt} is {@code null} while it counts. */
public record ExportedCorroborationDto(long contributionId, String note, String createdAt, String withdrawnAt) {
}
