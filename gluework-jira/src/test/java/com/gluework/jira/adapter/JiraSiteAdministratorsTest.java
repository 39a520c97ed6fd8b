package com.gluework.jira.adapter;

import com.atlassian.jira.permission.GlobalPermissionKey;
import com.atlassian.jira.security.GlobalPermissionManager;
import com.atlassian.jira.user.ApplicationUser;
import com.atlassian.jira.user.util.UserManager;
import org.junit.Test;

import static com.gluework.jira.adapter.JiraMocks.user;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

public class JiraSiteAdministratorsTest {
    private final GlobalPermissionManager globalPermissions = mock(GlobalPermissionManager.class);
    private final UserManager userManager = mock(UserManager.class);
    private final JiraSiteAdministrators administrators = new JiraSiteAdministrators(globalPermissions, userManager);

    @Test
    public void isAdministrator_shouldBeJirasAdministerGlobalPermission() {
        ApplicationUser ada = user("JIRAUSER1", "ada", "Ada", true);
        ApplicationUser bob = user("JIRAUSER2", "bob", "Bob", true);
        when(userManager.getUserByKey("JIRAUSER1")).thenReturn(ada);
        when(userManager.getUserByKey("JIRAUSER2")).thenReturn(bob);
        when(globalPermissions.hasPermission(GlobalPermissionKey.ADMINISTER, ada)).thenReturn(true);

        assertTrue(administrators.isAdministrator("JIRAUSER1"));
        assertFalse(administrators.isAdministrator("JIRAUSER2"));
    }

    @Test
    public void isAdministrator_shouldBeFalseForUnknownAndDeactivatedKeys() {
        ApplicationUser gone = user("JIRAUSER3", "gone", "Gone", false);
        when(userManager.getUserByKey("JIRAUSER3")).thenReturn(gone);
        when(globalPermissions.hasPermission(GlobalPermissionKey.ADMINISTER, gone)).thenReturn(true);

        assertFalse(administrators.isAdministrator("JIRAUSER3"));
        assertFalse(administrators.isAdministrator("JIRAUSER404"));
        assertFalse(administrators.isAdministrator(null));
    }
}
