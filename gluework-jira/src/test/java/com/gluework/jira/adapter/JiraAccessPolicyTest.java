package com.gluework.jira.adapter;

import com.atlassian.jira.issue.IssueManager;
import com.atlassian.jira.issue.MutableIssue;
import com.atlassian.jira.permission.ProjectPermissions;
import com.atlassian.jira.security.PermissionManager;
import com.atlassian.jira.user.ApplicationUser;
import com.atlassian.jira.user.util.UserManager;
import com.gluework.core.model.IssueRef;
import org.junit.Before;
import org.junit.Test;

import java.util.Optional;

import static com.gluework.jira.adapter.JiraMocks.issue;
import static com.gluework.jira.adapter.JiraMocks.user;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;

public class JiraAccessPolicyTest {
    private static final IssueRef GW_1 = new IssueRef(10001L, "GW-1", 10000L, "GW", "First");

    private final IssueManager issueManager = mock(IssueManager.class);
    private final PermissionManager permissionManager = mock(PermissionManager.class);
    private final UserManager userManager = mock(UserManager.class);
    private final JiraAccessPolicy policy = new JiraAccessPolicy(issueManager, permissionManager, userManager);

    private final MutableIssue gw1 = issue(10001L, "GW-1", 10000L, "First");
    private final ApplicationUser alice = user("JIRAUSER10100", "alice", "Alice", true);

    @Before
    public void knownIssueAndUser() {
        when(issueManager.getIssueObject(10001L)).thenReturn(gw1);
        when(userManager.getUserByKey("JIRAUSER10100")).thenReturn(alice);
    }

    @Test
    public void canBrowse_shouldAskJiraForBrowseProjectsOnTheIssueItself() {
        // given Jira grants alice browse on GW-1 (the issue overload also applies issue security levels)
        when(permissionManager.hasPermission(ProjectPermissions.BROWSE_PROJECTS, gw1, alice)).thenReturn(true);

        // when / then
        assertTrue(policy.canBrowse(Optional.of("JIRAUSER10100"), GW_1));
    }

    @Test
    public void canBrowse_shouldBeFalseWhenJiraDenies() {
        // given Jira denies (the mock's default answer)

        // when / then
        assertFalse(policy.canBrowse(Optional.of("JIRAUSER10100"), GW_1));
    }

    @Test
    public void canBrowse_shouldAskForAnonymousWithANullUser() {
        // given the project grants anonymous browsing
        when(permissionManager.hasPermission(eq(ProjectPermissions.BROWSE_PROJECTS), eq(gw1), (ApplicationUser) eq(null))).thenReturn(true);

        // when / then
        assertTrue(policy.canBrowse(Optional.empty(), GW_1));
    }

    @Test
    public void canBrowse_shouldDenyAKeyJiraNoLongerKnowsInsteadOfTreatingItAsAnonymous() {
        // given anonymous users may browse, but the key belongs to a deleted user
        when(permissionManager.hasPermission(eq(ProjectPermissions.BROWSE_PROJECTS), eq(gw1), (ApplicationUser) eq(null))).thenReturn(true);

        // when / then
        assertFalse(policy.canBrowse(Optional.of("JIRAUSER-deleted"), GW_1));
    }

    @Test
    public void canBrowse_shouldDenyAnIssueThatNoLongerExists() {
        // given
        IssueRef deleted = new IssueRef(666L, "GW-666", 10000L, "GW", "gone");

        // when / then
        assertFalse(policy.canBrowse(Optional.of("JIRAUSER10100"), deleted));
        verifyNoInteractions(permissionManager);
    }

    @Test
    public void canAdministerProject_shouldAskForAdministerProjectsOnTheIssuesCurrentProject() {
        // given
        when(permissionManager.hasPermission(ProjectPermissions.ADMINISTER_PROJECTS, gw1.getProjectObject(), alice)).thenReturn(true);

        // when
        boolean admin = policy.canAdministerProject("JIRAUSER10100", GW_1);

        // then
        assertTrue(admin);
        verify(permissionManager).hasPermission(ProjectPermissions.ADMINISTER_PROJECTS, gw1.getProjectObject(), alice);
    }

    @Test
    public void canAdministerProject_shouldBeFalseForUnknownUsersWithoutAskingJira() {
        // when / then
        assertFalse(policy.canAdministerProject("JIRAUSER-unknown", GW_1));
        verify(permissionManager, org.mockito.Mockito.never())
                .hasPermission(any(com.atlassian.jira.security.plugin.ProjectPermissionKey.class),
                        any(com.atlassian.jira.project.Project.class), any());
    }
}
