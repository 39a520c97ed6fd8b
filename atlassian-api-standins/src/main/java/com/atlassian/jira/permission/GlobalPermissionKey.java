package com.atlassian.jira.permission;

import java.util.Objects;

/**
 * Compile-only stand-in: the key of a global permission.
 * <p>
 * Mirrors: jira-api 11.3, https://docs.atlassian.com/jira/latest/com/atlassian/jira/permission/GlobalPermissionKey.html
 * (docs/atlassian-signatures.md §7.11, C): a final class with {@code public static final GlobalPermissionKey}
 * constants, {@code static GlobalPermissionKey of(String)} and {@code String getKey()}. Only the constant Glue Work
 * checks is declared; its key is the one Jira uses.
 */
public final class GlobalPermissionKey {
    public static final GlobalPermissionKey ADMINISTER = new GlobalPermissionKey("ADMINISTER");

    private final String key;

    private GlobalPermissionKey(String key) {
        this.key = key;
    }

    public static GlobalPermissionKey of(String key) {
        return ADMINISTER.key.equals(key) ? ADMINISTER : new GlobalPermissionKey(key);
    }

    public String getKey() {
        return key;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof GlobalPermissionKey that && key.equals(that.key);
    }

    @Override
    public int hashCode() {
        return Objects.hash(key);
    }

    @Override
    public String toString() {
        return key;
    }
}
