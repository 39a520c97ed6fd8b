package com.gluework.jira.adapter;

import com.atlassian.jira.issue.Issue;
import com.atlassian.jira.issue.IssueManager;
import com.atlassian.jira.permission.ProjectPermissions;
import com.atlassian.jira.security.PermissionManager;
import com.atlassian.jira.user.ApplicationUser;
import com.atlassian.jira.user.util.UserManager;
import com.gluework.core.model.IssueRef;
import com.gluework.core.port.AccessPolicy;

import java.util.Optional;

/**
 * Jira's own permission scheme decides: "Browse projects" on the issue itself (so issue security levels count) and
 * "Administer projects" on its project. The issue is re-read by id so a moved issue is judged in its current project.
 */
public final class JiraAccessPolicy implements AccessPolicy {
    private final IssueManager issueManager;
    private final PermissionManager permissionManager;
    private final UserManager userManager;

    public JiraAccessPolicy(IssueManager issueManager, PermissionManager permissionManager, UserManager userManager) {
        this.issueManager = issueManager;
        this.permissionManager = permissionManager;
        this.userManager = userManager;
    }

    @Override
    public boolean canBrowse(Optional<String> actorKey, IssueRef issueRef) {
        Issue issue = issueManager.getIssueObject(issueRef.id());
        if (issue == null) {
            return false;
        }
        if (actorKey.isEmpty()) {
            // Jira answers for anonymous when the user is null: true only where the project grants anonymous browsing.
            return permissionManager.hasPermission(ProjectPermissions.BROWSE_PROJECTS, issue, null);
        }
        // A key Jira no longer knows (deleted user) gets nothing, rather than being treated as anonymous.
        ApplicationUser user = userManager.getUserByKey(actorKey.get());
        return user != null && permissionManager.hasPermission(ProjectPermissions.BROWSE_PROJECTS, issue, user);
    }

    @Override
    public boolean canAdministerProject(String actorKey, IssueRef issueRef) {
        ApplicationUser user = userManager.getUserByKey(actorKey);
        Issue issue = issueManager.getIssueObject(issueRef.id());
        return user != null && issue != null
                && permissionManager.hasPermission(ProjectPermissions.ADMINISTER_PROJECTS, issue.getProjectObject(), user);
    }
}
