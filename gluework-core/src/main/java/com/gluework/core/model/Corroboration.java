package com.gluework.core.model;

import java.time.Instant;
import java.util.Objects;

/** A peer's "+1, I saw that" on a contribution — the guard against self-promotion and gaming. */
public record Corroboration(long id, long contributionId, String corroboratorKey, String note, Instant createdAt) {
    public Corroboration {
        Objects.requireNonNull(corroboratorKey, "corroboratorKey");
        Objects.requireNonNull(createdAt, "createdAt");
        note = note == null ? "" : note;
    }
}
