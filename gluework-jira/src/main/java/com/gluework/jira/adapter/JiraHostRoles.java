package com.gluework.jira.adapter;

import com.atlassian.sal.api.user.UserKey;
import com.atlassian.sal.api.user.UserManager;
import com.gluework.core.port.HostRoles;

/**
 * Jira's instance-wide roles through SAL: a Glue Work administrator is a Jira administrator ({@code isAdmin}: the
 * "Jira Administrators" global permission, which system administrators also hold), and group membership is Jira's own.
 * SAL user keys are Jira's user keys, so the keys Glue Work stores pass through unchanged.
 */
public final class JiraHostRoles implements HostRoles {
    private final UserManager salUserManager;

    public JiraHostRoles(UserManager salUserManager) {
        this.salUserManager = salUserManager;
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
}
