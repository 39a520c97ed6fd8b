package com.gluework.jira.adapter;

import com.atlassian.jira.permission.ProjectPermissions;
import com.atlassian.jira.project.Project;
import com.atlassian.jira.project.ProjectManager;
import com.atlassian.jira.security.PermissionManager;
import com.atlassian.jira.user.ApplicationUser;
import com.atlassian.jira.user.util.UserManager;
import com.gluework.core.model.ProjectRef;
import com.gluework.core.port.ProjectAccess;

import java.util.Optional;

/**
 * Jira's projects and its permission scheme ("Browse projects", "Administer projects"), re-read by key each time so a
 * renamed or deleted project and a changed scheme count at once. A key Jira no longer knows holds no permission.
 */
public final class JiraProjectAccess implements ProjectAccess {
    private final ProjectManager projectManager;
    private final PermissionManager permissionManager;
    private final UserManager userManager;

    public JiraProjectAccess(ProjectManager projectManager, PermissionManager permissionManager, UserManager userManager) {
        this.projectManager = projectManager;
        this.permissionManager = permissionManager;
        this.userManager = userManager;
    }

    @Override
    public Optional<ProjectRef> findProject(String projectKey) {
        Project project = projectKey == null ? null : projectManager.getProjectObjByKey(projectKey);
        return project == null ? Optional.empty()
                : Optional.of(new ProjectRef(project.getId(), project.getKey(), project.getName()));
    }

    @Override
    public boolean canBrowse(String actorKey, ProjectRef project) {
        return has(ProjectPermissions.BROWSE_PROJECTS, actorKey, project);
    }

    @Override
    public boolean canAdminister(String actorKey, ProjectRef project) {
        return has(ProjectPermissions.ADMINISTER_PROJECTS, actorKey, project);
    }

    private boolean has(com.atlassian.jira.security.plugin.ProjectPermissionKey permission, String actorKey, ProjectRef ref) {
        ApplicationUser user = actorKey == null ? null : userManager.getUserByKey(actorKey);
        Project project = projectManager.getProjectObjByKey(ref.key());
        return user != null && project != null && permissionManager.hasPermission(permission, project, user);
    }
}
