package com.atlassian.jira.security.plugin;

import java.util.Objects;

/**
 * Compile-only stand-in: identifies a project permission. Note the accessor is {@code permissionKey()}, not
 * {@code getKey()}, and the package differs from {@code ProjectPermissions}'. Value semantics as in the real class.
 * <p>
 * Mirrors: jira-api 11.3 (Platform 8), original source (docs/atlassian-signatures.md §7.9, status C).
 * The deprecated {@code int} constructor is omitted.
 */
public final class ProjectPermissionKey {
    private final String permissionKey;

    public ProjectPermissionKey(String permissionKey) {
        this.permissionKey = Objects.requireNonNull(permissionKey, "permissionKey");
    }

    public String permissionKey() {
        return permissionKey;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof ProjectPermissionKey other && permissionKey.equals(other.permissionKey);
    }

    @Override
    public int hashCode() {
        return permissionKey.hashCode();
    }

    @Override
    public String toString() {
        return permissionKey;
    }
}
