package com.gluework.core.suggest;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * One changed field of an issue, as its change history records it (a Jira changelog item).
 *
 * @param authorKey who made the change; {@code null} when the host recorded no author (automation, imports)
 * @param field     the field's name as the history shows it ({@code description}, {@code assignee},
 *                  {@code Acceptance Criteria}, {@code Flagged}, {@code RemoteIssueLink}…)
 * @param fromValue the raw old value where the host has one (a user key for {@code assignee}, a link id for
 *                  {@code RemoteIssueLink}); empty when none
 * @param fromText  the old value as text; empty when none
 * @param toValue   the raw new value; empty when none
 * @param toText    the new value as text; empty when none
 */
public record HistoryItem(String authorKey, Instant at, String field, String fromValue, String fromText,
                          String toValue, String toText) {
    public HistoryItem {
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(field, "field");
        authorKey = authorKey == null || authorKey.isBlank() ? null : authorKey;
        fromValue = fromValue == null ? "" : fromValue;
        fromText = fromText == null ? "" : fromText;
        toValue = toValue == null ? "" : toValue;
        toText = toText == null ? "" : toText;
    }

    public Optional<String> author() {
        return Optional.ofNullable(authorKey);
    }

    public boolean isField(String name) {
        return field.equalsIgnoreCase(name);
    }
}
