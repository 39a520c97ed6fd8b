package com.gluework.jira.adapter;

import com.atlassian.jira.permission.ProjectPermissions;
import com.atlassian.jira.project.Project;
import com.atlassian.jira.project.ProjectManager;
import com.atlassian.jira.security.PermissionManager;
import com.atlassian.jira.user.ApplicationUser;
import com.atlassian.jira.user.util.UserManager;
import com.gluework.core.model.ProjectRef;
import org.junit.Before;
import org.junit.Test;

import java.util.Optional;

import static com.gluework.jira.adapter.JiraMocks.user;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

public class JiraProjectAccessTest {
    private final ProjectManager projectManager = mock(ProjectManager.class);
    private final PermissionManager permissionManager = mock(PermissionManager.class);
    private final UserManager userManager = mock(UserManager.class);
    private final JiraProjectAccess access = new JiraProjectAccess(projectManager, permissionManager, userManager);
    private final Project gw = mock(Project.class);
    private final ApplicationUser alice = user("JIRAUSER1", "alice", "Alice", true);
    private final ApplicationUser bob = user("JIRAUSER2", "bob", "Bob", true);

    @Before
    public void jira() {
        when(gw.getId()).thenReturn(10000L);
        when(gw.getKey()).thenReturn("GW");
        when(gw.getName()).thenReturn("Glue Work");
        when(projectManager.getProjectObjByKey("GW")).thenReturn(gw);
        when(userManager.getUserByKey("JIRAUSER1")).thenReturn(alice);
        when(userManager.getUserByKey("JIRAUSER2")).thenReturn(bob);
        when(permissionManager.hasPermission(ProjectPermissions.BROWSE_PROJECTS, gw, alice)).thenReturn(true);
        when(permissionManager.hasPermission(ProjectPermissions.BROWSE_PROJECTS, gw, bob)).thenReturn(true);
        when(permissionManager.hasPermission(ProjectPermissions.ADMINISTER_PROJECTS, gw, alice)).thenReturn(true);
    }

    @Test
    public void findProject_shouldReadIdKeyAndNameAndFindNothingForAnUnknownKey() {
        assertEquals(Optional.of(new ProjectRef(10000, "GW", "Glue Work")), access.findProject("GW"));
        assertEquals(Optional.empty(), access.findProject("NOPE"));
        assertEquals(Optional.empty(), access.findProject(null));
    }

    @Test
    public void permissions_shouldBeJirasBrowseAndAdministerProjects() {
        ProjectRef project = access.findProject("GW").orElseThrow();
        assertTrue(access.canBrowse("JIRAUSER2", project));
        assertFalse(access.canAdminister("JIRAUSER2", project));
        assertTrue(access.canAdminister("JIRAUSER1", project));
        assertFalse("an unknown key holds nothing", access.canBrowse("JIRAUSER404", project));
        assertFalse("a deleted project grants nothing", access.canAdminister("JIRAUSER1", new ProjectRef(1, "OLD", "Old")));
    }
}
