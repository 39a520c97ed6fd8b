package com.gluework.core.model;

import java.time.Instant;
import java.util.Objects;

/** Who changed a definition, when, and a one-line account of what changed, for the definitions' change log. */
public record DefinitionChange(String actorKey, Instant at, String detail) {
    public DefinitionChange {
        Objects.requireNonNull(actorKey, "actorKey");
        Objects.requireNonNull(at, "at");
        detail = detail == null ? "" : detail;
    }
}
