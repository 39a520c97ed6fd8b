package com.gluework.preview.jirarest;

import java.time.OffsetDateTime;

/**
 * One changed field of one changelog history entry.
 *
 * @param authorKey {@code null} when Jira recorded no author (automation, imports)
 * @param fromText  Jira's {@code fromString} (renamed: a record cannot have a {@code toString} component)
 * @param toText    Jira's {@code toString}
 */
public record JiraChange(String authorKey, OffsetDateTime at, String field, String fromText, String toText) {
}
