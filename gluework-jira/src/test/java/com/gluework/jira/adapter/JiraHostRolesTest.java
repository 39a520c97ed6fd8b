package com.gluework.jira.adapter;

import com.atlassian.sal.api.user.UserKey;
import com.atlassian.sal.api.user.UserManager;
import org.junit.Test;

import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

public class JiraHostRolesTest {
    private final UserManager sal = mock(UserManager.class);
    private final com.atlassian.jira.project.ProjectManager projects = mock(com.atlassian.jira.project.ProjectManager.class);
    private final com.atlassian.jira.security.PermissionManager permissions = mock(com.atlassian.jira.security.PermissionManager.class);
    private final com.atlassian.jira.user.util.UserManager users = mock(com.atlassian.jira.user.util.UserManager.class);
    private final JiraHostRoles roles = new JiraHostRoles(sal, projects, permissions, users);

    @Test
    public void isProjectAdministrator_shouldAskForAdministerProjectsOnTheProjectWithThatKey() {
        com.atlassian.jira.project.Project gw = mock(com.atlassian.jira.project.Project.class);
        com.atlassian.jira.user.ApplicationUser carol = mock(com.atlassian.jira.user.ApplicationUser.class);
        when(projects.getProjectByCurrentKey("GW")).thenReturn(gw);
        when(users.getUserByKey("carol")).thenReturn(carol);
        when(permissions.hasPermission(com.atlassian.jira.permission.ProjectPermissions.ADMINISTER_PROJECTS, gw, carol)).thenReturn(true);

        assertTrue(roles.isProjectAdministrator("carol", "GW"));
        assertFalse(roles.isProjectAdministrator("carol", "SEC"));
        assertFalse(roles.isProjectAdministrator("nobody", "GW"));
        assertFalse(roles.isProjectAdministrator(null, "GW"));
    }

    @Test
    public void isAdministrator_shouldAskSalWithTheSameUserKey() {
        when(sal.isAdmin(new UserKey("JIRAUSER10100"))).thenReturn(true);

        assertTrue(roles.isAdministrator("JIRAUSER10100"));
        assertFalse(roles.isAdministrator("JIRAUSER10200"));
        assertFalse(roles.isAdministrator(null));
    }

    @Test
    public void isInGroup_shouldAskSalAndNeverForABlankGroup() {
        when(sal.isUserInGroup(new UserKey("dave"), "engineering-leads")).thenReturn(true);

        assertTrue(roles.isInGroup("dave", "engineering-leads"));
        assertFalse(roles.isInGroup("carol", "engineering-leads"));
        assertFalse(roles.isInGroup("dave", " "));
        verify(sal, never()).isUserInGroup(any(), org.mockito.ArgumentMatchers.eq(" "));
        assertFalse(roles.isInGroup(null, "engineering-leads"));
    }
}
