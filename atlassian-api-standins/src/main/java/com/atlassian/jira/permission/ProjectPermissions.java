package com.atlassian.jira.permission;

import com.atlassian.jira.security.plugin.ProjectPermissionKey;

/**
 * Compile-only stand-in: the system project permissions. Only the two constants Glue Work checks are declared; their
 * keys are the system permission keys Jira uses.
 * <p>
 * Mirrors: jira-api 11.3 (Platform 8), https://docs.atlassian.com/jira/latest/com/atlassian/jira/permission/ProjectPermissions.html
 * (docs/atlassian-signatures.md §7.8, status C): a class with a public no-arg constructor and
 * {@code public static final ProjectPermissionKey} constants.
 */
public class ProjectPermissions {
    public static final ProjectPermissionKey BROWSE_PROJECTS = new ProjectPermissionKey("BROWSE_PROJECTS");
    public static final ProjectPermissionKey ADMINISTER_PROJECTS = new ProjectPermissionKey("ADMINISTER_PROJECTS");

    public ProjectPermissions() {
    }
}
