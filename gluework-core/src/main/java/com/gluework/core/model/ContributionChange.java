package com.gluework.core.model;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * One stored entry of a contribution's change history: who did what, when, and each field's value before and
 * after. History is only ever appended to, in the same transaction as the change it describes.
 *
 * @param actorKey     who made the change (for corroborations: the corroborator)
 * @param fieldChanges in a fixed field order; empty when nothing but the fact itself changed (a withdrawal)
 */
public record ContributionChange(long id, long contributionId, String actorKey, Instant at, ChangeKind kind,
                                 List<FieldChange> fieldChanges) {
    public ContributionChange {
        Objects.requireNonNull(actorKey, "actorKey");
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(kind, "kind");
        fieldChanges = List.copyOf(fieldChanges == null ? List.of() : fieldChanges);
    }
}
