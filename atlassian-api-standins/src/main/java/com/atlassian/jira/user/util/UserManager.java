package com.atlassian.jira.user.util;

import com.atlassian.jira.user.ApplicationUser;

/**
 * Compile-only stand-in: Jira's own user lookup (not SAL's {@code com.atlassian.sal.api.user.UserManager}).
 * Both methods return null for unknown users.
 * <p>
 * Mirrors: jira-api 11.3 (Platform 8), from overrides in public implementations of the interface
 * (docs/atlassian-signatures.md §7.5, status C for these two methods).
 */
public interface UserManager {

    ApplicationUser getUserByKey(String userKey);

    ApplicationUser getUserByName(String userName);
}
