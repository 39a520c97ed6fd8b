package com.gluework.core.model;

import java.util.Objects;

/** A host project: its stable id, and the key people know it by (which an admin can rename). */
public record ProjectRef(long id, String key, String name) {
    public ProjectRef {
        Objects.requireNonNull(key, "key");
        name = name == null || name.isBlank() ? key : name;
    }
}
