package com.gluework.jira.adapter;

import com.atlassian.jira.issue.IssueManager;
import com.atlassian.jira.issue.MutableIssue;
import com.atlassian.jira.permission.ProjectPermissions;
import com.atlassian.jira.security.PermissionManager;
import com.atlassian.jira.user.ApplicationUser;
import com.atlassian.jira.user.util.UserManager;
import com.gluework.core.port.AccessPolicy;
import com.gluework.core.testing.AccessPolicyContract;

import static com.gluework.jira.adapter.JiraMocks.issue;
import static com.gluework.jira.adapter.JiraMocks.user;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

/**
 * The Jira adapter keeps the {@link AccessPolicyContract}, over doubles that answer as Jira does: {@code UserManager}
 * knows the users by key, and {@code PermissionManager} grants "Browse projects" on the issue and "Administer projects"
 * on its project by the permission scheme (here: per user; false for anonymous, as in a project without public access).
 */
public class JiraAccessPolicyContractTest extends AccessPolicyContract {
    @Override
    protected AccessPolicy policy() {
        IssueManager issueManager = mock(IssueManager.class);
        PermissionManager permissionManager = mock(PermissionManager.class);
        UserManager userManager = mock(UserManager.class);
        MutableIssue jiraIssue = issue(ISSUE.id(), ISSUE.key(), ISSUE.projectId(), ISSUE.summary());
        when(issueManager.getIssueObject(ISSUE.id())).thenReturn(jiraIssue);
        when(permissionManager.hasPermission(eq(ProjectPermissions.BROWSE_PROJECTS), any(com.atlassian.jira.issue.Issue.class), any(ApplicationUser.class)))
                .thenReturn(false);
        for (String key : KNOWN_USERS) {
            ApplicationUser jiraUser = user(key, key, key, true);
            when(userManager.getUserByKey(key)).thenReturn(jiraUser);
            when(permissionManager.hasPermission(ProjectPermissions.BROWSE_PROJECTS, jiraIssue, jiraUser)).thenReturn(BROWSERS.contains(key));
            when(permissionManager.hasPermission(ProjectPermissions.ADMINISTER_PROJECTS, jiraIssue.getProjectObject(), jiraUser))
                    .thenReturn(ADMINISTRATORS.contains(key));
        }
        return new JiraAccessPolicy(issueManager, permissionManager, userManager);
    }
}
