package com.gluework.core.model;

import java.util.Objects;

/**
 * A stored definition with the version an edit must name: an edit based on an older version is refused (409), so two
 * admins editing the same category cannot silently overwrite each other.
 */
public record Versioned<T>(T value, int version) {
    public Versioned {
        Objects.requireNonNull(value, "value");
    }
}
