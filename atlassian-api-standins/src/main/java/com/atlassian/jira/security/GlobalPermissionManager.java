package com.atlassian.jira.security;

import com.atlassian.jira.permission.GlobalPermissionKey;
import com.atlassian.jira.user.ApplicationUser;

/**
 * Compile-only stand-in: Jira's global permissions (Jira administrators, system administrators, ...).
 * <p>
 * Mirrors: jira-api 11.3 (Platform 8), docs/atlassian-signatures.md §7.10 (C):
 * {@code @ExperimentalApi boolean hasPermission(@Nonnull GlobalPermissionKey, @Nullable ApplicationUser)}. Only the
 * members Glue Work uses.
 */
public interface GlobalPermissionManager {

    boolean hasPermission(GlobalPermissionKey globalPermissionKey, ApplicationUser user);
}
