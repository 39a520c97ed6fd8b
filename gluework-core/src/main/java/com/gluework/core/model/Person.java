package com.gluework.core.model;

import java.util.Objects;

/** A user as the host knows them. Only {@link #key()} is ever stored by Glue Work. */
public record Person(String key, String username, String displayName, String avatarUrl, boolean active) {
    public Person {
        Objects.requireNonNull(key, "key");
        username = username == null ? key : username;
        displayName = displayName == null || displayName.isBlank() ? username : displayName;
    }

    /**
     * Someone the host's directory no longer knows (deleted, anonymised): shown by key rather than dropped from what
     * they did, and inactive, so nobody is asked to rotate work to them or pair with them.
     */
    public static Person unknown(String key) {
        return new Person(key, key, key, "", false);
    }
}
