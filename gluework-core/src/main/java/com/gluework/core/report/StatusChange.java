package com.gluework.core.report;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * One status transition from an issue's change history (a Jira changelog item with {@code field = "status"}).
 *
 * @param fromStatus the status name before; empty when the history does not say
 * @param authorKey  who made the change; {@code null} when Jira recorded no author (automation, imports,
 *                   anonymised users) — such transitions still count for outcomes
 */
public record StatusChange(Instant at, String fromStatus, String toStatus, String authorKey) {
    public StatusChange {
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(toStatus, "toStatus");
        fromStatus = fromStatus == null ? "" : fromStatus;
    }

    public Optional<String> author() {
        return Optional.ofNullable(authorKey);
    }
}
