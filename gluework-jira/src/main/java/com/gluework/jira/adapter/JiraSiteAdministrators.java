package com.gluework.jira.adapter;

import com.atlassian.jira.permission.GlobalPermissionKey;
import com.atlassian.jira.security.GlobalPermissionManager;
import com.atlassian.jira.user.ApplicationUser;
import com.atlassian.jira.user.util.UserManager;
import com.gluework.core.port.SiteAdministrators;

/**
 * Jira's "Jira administrators" global permission (system administrators hold it too). A key Jira no longer knows is
 * nobody's, so a deleted administrator's stale session can export nothing.
 */
public final class JiraSiteAdministrators implements SiteAdministrators {
    private final GlobalPermissionManager globalPermissions;
    private final UserManager userManager;

    public JiraSiteAdministrators(GlobalPermissionManager globalPermissions, UserManager userManager) {
        this.globalPermissions = globalPermissions;
        this.userManager = userManager;
    }

    @Override
    public boolean isAdministrator(String userKey) {
        if (userKey == null) {
            return false;
        }
        ApplicationUser user = userManager.getUserByKey(userKey);
        return user != null && user.isActive() && globalPermissions.hasPermission(GlobalPermissionKey.ADMINISTER, user);
    }
}
