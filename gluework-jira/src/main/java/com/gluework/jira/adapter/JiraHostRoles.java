package com.gluework.jira.adapter;

import com.atlassian.jira.permission.ProjectPermissions;
import com.atlassian.jira.project.Project;
import com.atlassian.jira.project.ProjectManager;
import com.atlassian.jira.security.PermissionManager;
import com.atlassian.jira.user.ApplicationUser;
import com.atlassian.sal.api.user.UserKey;
import com.atlassian.sal.api.user.UserManager;
import com.gluework.core.port.HostRoles;

/**
 * Jira's instance-wide roles: a Glue Work administrator is a Jira administrator (SAL {@code isAdmin}: the "Jira
 * Administrators" global permission, which system administrators also hold), group membership is Jira's own (SAL), and
 * a project administrator holds "Administer projects" on the project with that key. SAL user keys are Jira's user keys,
 * so the keys Glue Work stores pass through unchanged.
 */
public final class JiraHostRoles implements HostRoles {
    private final UserManager salUserManager;
    private final ProjectManager projectManager;
    private final PermissionManager permissionManager;
    private final com.atlassian.jira.user.util.UserManager jiraUserManager;

    public JiraHostRoles(UserManager salUserManager, ProjectManager projectManager, PermissionManager permissionManager,
                         com.atlassian.jira.user.util.UserManager jiraUserManager) {
        this.salUserManager = salUserManager;
        this.projectManager = projectManager;
        this.permissionManager = permissionManager;
        this.jiraUserManager = jiraUserManager;
    }

    @Override
    public boolean isAdministrator(String actorKey) {
        return actorKey != null && salUserManager.isAdmin(new UserKey(actorKey));
    }

    @Override
    public boolean isInGroup(String actorKey, String groupName) {
        return actorKey != null && groupName != null && !groupName.isBlank()
                && salUserManager.isUserInGroup(new UserKey(actorKey), groupName);
    }

    @Override
    public boolean isProjectAdministrator(String actorKey, String projectKey) {
        if (actorKey == null || projectKey == null) {
            return false;
        }
        ApplicationUser user = jiraUserManager.getUserByKey(actorKey);
        Project project = projectManager.getProjectByCurrentKey(projectKey);
        return user != null && project != null
                && permissionManager.hasPermission(ProjectPermissions.ADMINISTER_PROJECTS, project, user);
    }
}
