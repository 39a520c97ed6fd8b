package com.gluework.web.rest.dto;

import java.util.List;

/**
 * The caller's glue over a period: what they did and the corroborations they received (newest first), the share of
 * each category, and what is still uncorroborated (oldest first).
 */
public record GlueTimelineDto(PersonDto person, String from, String to, List<TimelineEntryDto> entries,
                              List<CategoryShareDto> shares, List<UncorroboratedDto> uncorroborated) {
}
