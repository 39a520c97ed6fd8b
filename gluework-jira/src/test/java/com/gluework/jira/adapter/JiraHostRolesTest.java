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
    private final JiraHostRoles roles = new JiraHostRoles(sal);

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
