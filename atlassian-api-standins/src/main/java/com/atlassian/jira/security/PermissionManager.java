package com.atlassian.jira.security;

import com.atlassian.jira.issue.Issue;
import com.atlassian.jira.project.Project;
import com.atlassian.jira.security.plugin.ProjectPermissionKey;
import com.atlassian.jira.user.ApplicationUser;

/**
 * Compile-only stand-in: Jira's permission checks. A null user means anonymous. The issue overload also honours issue
 * security levels, so it is the one to use for "may this user see this issue".
 * <p>
 * Mirrors: jira-api 11.3 (Platform 8), https://docs.atlassian.com/jira/latest/com/atlassian/jira/security/PermissionManager.html
 * (docs/atlassian-signatures.md §7.7, status P: shapes widely used; only the nullability annotations,
 * which do not affect compilation, are unconfirmed and are left out).
 */
public interface PermissionManager {

    boolean hasPermission(ProjectPermissionKey permissionKey, Issue issue, ApplicationUser user);

    boolean hasPermission(ProjectPermissionKey permissionKey, Project project, ApplicationUser user);
}
